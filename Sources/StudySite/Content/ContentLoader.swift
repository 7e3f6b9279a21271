import Foundation

/// The first stage: reads `site.yml`, every note and every section's `_section.yml`.
///
/// Notes at the top of the content directory form the root section; each sub-folder
/// holding Markdown is a section rendered into a folder of the same name.
public enum ContentLoader {
    /// Page names the build writes itself; a note may not take them.
    static let reservedSlugs: Set<String> = ["index", "404", "glossary"]

    public static func load(contentDirectory: String, log: DiagnosticLog) throws(BuildFailure) -> Site {
        let root = URL(fileURLWithPath: contentDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error("content directory not found", at: SourceLocation(path: contentDirectory)))
        }
        let display = { (relative: String) in contentDirectory.hasSuffix("/") ? contentDirectory + relative : contentDirectory + "/" + relative }

        let configPath = display("site.yml")
        guard let configText = try? readText(at: root.appendingPathComponent("site.yml"), path: configPath) else {
            throw BuildFailure(.error("site.yml not found: every site needs one with at least `title:`", at: SourceLocation(path: configPath)))
        }
        let config = try SiteConfigLoader.load(yaml: configText, path: configPath, log: log)

        var sections = [Section(path: "", title: config.title, order: Int.min)]
        var notes: [(folder: String, file: String)] = []
        for folder in try sectionFolders(in: root, display: display) {
            if !folder.isEmpty {
                sections.append(try loadSection(folder, root: root, display: display))
            }
            for file in markdownFiles(in: folder.isEmpty ? root : root.appendingPathComponent(folder)) {
                notes.append((folder, file))
            }
        }
        // Reading and front matter run concurrently; the log sorts what they report.
        let contentPrefix = display("")
        let loaded = try notes.concurrentMap { note throws(BuildFailure) -> Page? in
            let (folder, file) = note
            let relative = folder.isEmpty ? file : folder + "/" + file
            let path = contentPrefix + relative
            do throws(BuildFailure) {
                let text = try readText(atPath: path, path: path)
                let name = Slug.fileSlug(String(file.dropLast(3)))
                let slug = folder.isEmpty ? name : folder + "/" + name
                return try PageLoader.load(text: text, path: path, defaultSlug: slug, section: folder, log: log)
            } catch {
                log.report(error.diagnostics)
                return nil
            }
        }
        var pages = loaded.compactMap { $0 }
        try log.throwIfErrors()
        checkSlugs(pages, log: log)
        try log.throwIfErrors()

        let sectionRank = Dictionary(uniqueKeysWithValues: sections.sorted { ($0.order, $0.path) < ($1.order, $1.path) }.enumerated().map { ($1.path, $0) })
        sections.sort { sectionRank[$0.path]! < sectionRank[$1.path]! }
        // Sorted by key, then moved once: comparing pages looked their sections up and moved
        // whole pages around, 40 ms at 10,000 pages on one core.
        // Within the root, `sections:` of site.yml orders the groups; `order:` orders each group.
        PageGroups.check(config, pages: pages, configPath: configPath, log: log)
        let groupRank = PageGroups.ranks(config.pageGroups)
        let keys = pages.map { (sectionRank[$0.section]!, $0.section.isEmpty ? groupRank[$0.slug] ?? -1 : -1, $0.order, $0.slug) }
        pages = keys.indices.sorted { keys[$0] < keys[$1] }.map { pages[$0] }
        return Site(contentDirectory: contentDirectory, config: config, sections: sections, pages: pages)
    }

    /// Reads a file as UTF-8, pointing at the line of the first invalid byte otherwise.
    static func readText(at url: URL, path: String) throws(BuildFailure) -> String {
        try readText(atPath: url.path, path: path)
    }

    /// `readText` by file path, with open/read: going through `URL` and `Data` for each of
    /// 10,000 notes (path parsing, percent-encoding) cost as much as reading them.
    static func readText(atPath filePath: String, path: String) throws(BuildFailure) -> String {
        let bytes = try readBytes(atPath: filePath, path: path)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var index = 0
        // Find the first byte where decoding fails, to report its line.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            let before = index
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                index += UTF8.width(scalar)
                if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error:
                index = before
                break loop
            }
        }
        throw BuildFailure(.error("file is not valid UTF-8 (first bad byte at offset \(index)); save it as UTF-8", at: SourceLocation(path: path, line: line)))
    }

    private static func readBytes(atPath filePath: String, path: String) throws(BuildFailure) -> [UInt8] {
        let failure = { BuildFailure(.error("cannot read file: \(String(cString: strerror(errno)))", at: SourceLocation(path: path))) }
        let descriptor = open(filePath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        // One byte more than the size: a file that grew while being read fills the buffer,
        // and is then read again in full.
        let capacity = Int(info.st_size) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            while initialized < capacity {
                let count = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                if count == 0 { return }
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                initialized += count
            }
        }
        if failed { throw failure() }
        guard bytes.count == capacity else { return bytes }
        do { return [UInt8](try Data(contentsOf: URL(fileURLWithPath: filePath))) } catch { throw failure() }
    }

    /// `""` for the root, then each sub-folder that holds at least one `.md` file, sorted.
    private static func sectionFolders(in root: URL, display: (String) -> String) throws(BuildFailure) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var folders = [""]
        for name in entries.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
                !markdownFiles(in: url).isEmpty
            {
                guard Slug.isValidFileName(name) else {
                    throw BuildFailure(.error("section folder names may only use lowercase letters, digits, `-` and `_`, so their URLs stay simple", at: SourceLocation(path: display(name))))
                }
                folders.append(name)
            }
        }
        return folders
    }

    private static func markdownFiles(in folder: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
    }

    /// `_section.yml` gives a section its title and order; without it the folder name is used.
    private static func loadSection(_ folder: String, root: URL, display: (String) -> String) throws(BuildFailure) -> Section {
        var section = Section(path: folder, title: Slug.titleFromFileName(folder), order: 0)
        let url = root.appendingPathComponent(folder).appendingPathComponent("_section.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return section }
        let path = display(folder + "/_section.yml")
        guard let yaml = try YAMLValue.parse(try readText(at: url, path: path), path: path) else { return section }
        for (key, value) in try yaml.mapping("_section.yml") {
            switch key {
            case "title": section.title = try value.string("title")
            case "order": section.order = try value.int("order")
            default: throw BuildFailure(.error("unknown key `\(key)` in _section.yml (known: order, title)", at: value.location))
            }
        }
        return section
    }

    private static func checkSlugs(_ pages: [Page], log: DiagnosticLog) {
        var seen: [String: String] = [:]  // lower-cased slug → the source path that has it
        for page in pages {
            let key = page.slug.lowercased()
            if ContentLoader.reservedSlugs.contains(key) {
                log.report(.error("the page name `\(page.slug)` is reserved for the generated \(key).html; rename the file or set `slug:`", at: SourceLocation(path: page.sourcePath, line: 1)))
            } else if let other = seen[key] {
                log.report(.error("two pages have the slug `\(page.slug)`: this one and \(other); rename one or set `slug:`", at: SourceLocation(path: page.sourcePath, line: 1)))
            } else {
                seen[key] = page.sourcePath
            }
        }
    }
}
