import Foundation

/// The first stage: reads every input file: `site.yml`, every note, every section's
/// `_section.yml`, `glossary.yml` and `data/*.yml`. Later stages get values, not paths.
///
/// Notes at the top of the content directory form the root section; each sub-folder
/// holding Markdown is a section rendered into a folder of the same name.
enum ContentLoader {
    /// Pages the build makes itself (the study pages among them: see `Study`); a note may not
    /// take their names. `index` is free: a note at `index.md` is the home page.
    static let reservedSlugs: Set<String> = ["404", "glossary", "topics", "flashcards", "practice", "print", "cheatsheet"]

    /// `previous`: what the last load of this folder read (`LoadedContent.reads`), for a caller
    /// that loads it again; the notes whose files did not change are not read again.
    static func load(contentDirectory: String, log: DiagnosticLog, reusing previous: NoteReads? = nil) throws(BuildFailure) -> LoadedContent {
        let root = URL(fileURLWithPath: contentDirectory)
        let now = FileIdentity.now()
        try checkFolder(contentDirectory)
        let display = { (relative: String) in contentDirectory.hasSuffix("/") ? contentDirectory + relative : contentDirectory + "/" + relative }
        let tree = ContentTree(
            root: contentDirectory.hasSuffix("/") && contentDirectory.count > 1 ? String(contentDirectory.dropLast()) : contentDirectory,
            display: display, recordingIdentities: previous != nil, log: log)

        let configPath = display("site.yml")
        var config: SiteConfig
        do throws(BuildFailure) {
            if tree.listing(of: "").files.contains("site.yml") {
                config = try SiteConfigLoader.load(yaml: try readText(at: root.appendingPathComponent("site.yml"), path: configPath), path: configPath, log: log)
            } else if let book = BookToml.siteYAML(forContent: root, display: display, log: log) {
                // An mdBook book brought as it is: its book.toml names it.
                config = try SiteConfigLoader.load(yaml: book.yaml, path: book.path, log: log)
            } else {
                // A folder of notes brought as it is (an Obsidian vault, a plain folder) has no
                // site.yml: the site is named after its folder, as Obsidian names a vault.
                let title = siteTitle(forFolder: root)
                log.report(.warning("no site.yml: the site is titled \"\(title)\" after its folder; write a site.yml with `title:` to name it", at: SourceLocation(path: configPath)))
                config = try SiteConfigLoader.load(yaml: "title: " + YAMLText.quoted(title), path: configPath, log: log)
            }
        } catch {
            log.report(error.diagnostics)
            throw BuildFailure(log.errors)
        }

        // Every problem of every note and section is reported; the notes that loaded go on to
        // the later stages, which report theirs, and the build fails at the end.
        let summaryPath = display(BookSummary.fileName)
        let summary = readSummary(tree, root: root, path: summaryPath, log: log)
        let found = findNotes(tree, skipping: summary == nil ? nil : BookSummary.fileName, display: display, log: log)
        var sections = [Section(path: "", title: config.title, order: Int.min)]
        for folder in found.sections {
            do throws(BuildFailure) {
                sections.append(try loadSection(folder, tree: tree, root: root, display: display, log: log))
            } catch {
                log.report(error.diagnostics)
                sections.append(Section(path: folder.slug, title: Slug.titleFromFileName(folder.name), order: 0))
            }
        }
        let summaryTitles = summary.map(\.titlesByPath) ?? [:]
        // Reading, front matter and includes run concurrently; the log sorts what they report.
        let contentPrefix = display("")
        let includes = IncludeExpander(root: tree.root, contentPrefix: contentPrefix)
        let identities = tree.identities
        let loaded = found.notes.concurrentMap { note -> NoteRead? in
            do throws(BuildFailure) {
                var read = if let previous {
                    try previous.read(note, contentPrefix: contentPrefix, identity: identities[note.relative], summaryTitle: summaryTitles[note.relative], now: now, log: log)
                } else {
                    try readNote(note, path: contentPrefix + note.relative, summaryTitle: summaryTitles[note.relative], log: log)
                }
                if read.mayHaveDirectives ?? IncludeExpander.mayHaveDirectives(read.markdown) {
                    let expanded = includes.expand(read.markdown, note: note.relative, page: read.page, log: log)
                    read.markdown = expanded.text
                    read.page.lineMap = expanded.lineMap
                }
                return read
            } catch {
                log.report(error.diagnostics)
                return nil
            }
        }
        let notesRead = loaded.compactMap { $0 }
        var pages = notesRead.map(\.page)
        checkSlugs(pages, log: log)

        if let summary {
            summary.check(notes: Set(found.notes.map(\.relative)), contentPrefix: contentPrefix, path: summaryPath, log: log)
            summary.place(&pages, sections: &sections, config: &config, contentPrefix: contentPrefix, log: log)
        }
        let order = siteOrder(pages, sections: &sections, config: config, configPath: configPath, log: log)
        pages = order.map { pages[$0] }
        var site = Site(contentDirectory: contentDirectory, config: config, sections: sections, pages: pages)
        site.extraFiles = ContentAssets.find(tree, display: display, log: log)
        site.unreadNotes = Set(zip(found.notes, loaded).filter { $0.1 == nil }.map { $0.0.slug + ".html" })
        let files = readInputFiles(root: root, display: display, log: log)
        return LoadedContent(
            site: site, markdown: order.map { notesRead[$0].markdown }, files: files,
            reads: previous?.next(notes: found.notes, loaded: loaded))
    }

    /// Reads a file as UTF-8, pointing at the line of the first invalid byte otherwise.
    static func readText(at url: URL, path: String) throws(BuildFailure) -> String {
        try readText(atPath: url.path, path: path)
    }

    /// `readText` by file path, with open/read: going through `URL` and `Data` for each of
    /// 10,000 notes (path parsing, percent-encoding) cost as much as reading them.
    static func readText(atPath filePath: String, path: String) throws(BuildFailure) -> String {
        try decodeText(try readBytes(atPath: filePath, path: path), path: path)
    }

    /// The bytes as UTF-8 text, pointing at the line of the first invalid byte otherwise.
    static func decodeText(_ bytes: [UInt8], path: String) throws(BuildFailure) -> String {
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

    static func readBytes(atPath filePath: String, path: String) throws(BuildFailure) -> [UInt8] {
        try readFile(atPath: filePath, path: path).bytes
    }

    /// The file's bytes and its `fstat` as it was opened, for a caller that keeps what it read.
    static func readFile(atPath filePath: String, path: String) throws(BuildFailure) -> (bytes: [UInt8], identity: FileIdentity) {
        let failure = { BuildFailure(.error("cannot read file: \(String(cString: strerror(errno)))", at: SourceLocation(path: path))) }
        // Non-blocking, so a FIFO opens at once and is turned away below rather than waited on.
        let descriptor = open(filePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw BuildFailure(.error("cannot read file: it is not a regular file", at: SourceLocation(path: path)))
        }
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
        guard bytes.count == capacity else { return (bytes, FileIdentity(info)) }
        do { return ([UInt8](try Data(contentsOf: URL(fileURLWithPath: filePath))), FileIdentity(info)) } catch { throw failure() }
    }

    /// `_section.yml` gives a section its title and order; without it the folder name is used.
    private static func loadSection(_ sectionFolder: SectionFolder, tree: ContentTree, root: URL, display: (String) -> String, log: DiagnosticLog) throws(BuildFailure) -> Section {
        let folder = sectionFolder.name
        var section = Section(path: sectionFolder.slug, title: Slug.titleFromFileName(folder), order: 0)
        guard tree.listing(of: folder).files.contains("_section.yml") else { return section }
        let url = root.appendingPathComponent(folder).appendingPathComponent("_section.yml")
        let path = display(folder + "/_section.yml")
        guard let yaml = try YAMLValue.parse(try readText(at: url, path: path), path: path) else { return section }
        for (key, value) in try yaml.mapping("_section.yml") {
            switch key {
            case "title":
                section.title = try value.string("title")
                section.titleFromFolder = false
            case "order": section.order = try value.int("order")
            default: log.report(.unknownKey(key, in: "_section.yml", known: ["order", "title"], at: value.location))
            }
        }
        return section
    }

    /// The content folder must be a folder this process can list; says what is wrong otherwise.
    private static func checkFolder(_ path: String) throws(BuildFailure) {
        var info = stat()
        let problem: String?
        if stat(path, &info) != 0 {
            problem = errno == ENOENT ? "content directory not found" : "cannot read the content directory: \(String(cString: strerror(errno)))"
        } else if info.st_mode & S_IFMT != S_IFDIR {
            problem = "the content directory is not a folder"
        } else if let directory = opendir(path) {
            closedir(directory)
            problem = nil
        } else {
            problem = "cannot read the content directory: \(String(cString: strerror(errno)))"
        }
        if let problem { throw BuildFailure(.error(problem, at: SourceLocation(path: path))) }
    }

    /// `~/notes/rust-book/src` → `Rust book`: the folder's name made readable, or its parent's
    /// when the notes sit in a folder named for its role (`content`, mdBook's `src`).
    static func siteTitle(forFolder folder: URL) -> String {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath()
        let name = ["content", "src", "docs", "notes"].contains(path.lastPathComponent.lowercased()) && path.pathComponents.count > 2
            ? path.deletingLastPathComponent().lastPathComponent : path.lastPathComponent
        let title = Slug.titleFromFileName(name)
        return title.isEmpty || title == "/" ? "Notes" : title
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
