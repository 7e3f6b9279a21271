import Foundation
import Synchronization

/// The last step of `serve`'s build: renders and writes only what changed, into the folder
/// it serves. A note's page is rendered again only when what it is made of changed (see
/// `NoteRenderKey`), and so are the pages listing the site and the study pages (see
/// `SitePageKey`); the other files (404, sitemap, the search index, assets) are made every
/// time, and each file is written only when its bytes differ from what is there. The pages
/// of the whole course (topics, print) are rendered and written when `fill` is asked for
/// them (see `deferral`). Files the site no longer has are removed. Everything is rendered
/// before the first write, so a template error leaves the last good site as it was; each
/// file is replaced by a rename, so a request never reads half a file.
final class IncrementalOutput: Sendable {
    private struct Written: Sendable {
        /// Site-relative path → a hash of the bytes on disk (nil: there, contents unknown).
        var files: [String: Int?] = [:]
        /// Output path of each note page → what it was rendered from.
        var notes: [String: NoteRenderKey] = [:]
        /// The same for the pages that list the whole site (see `SitePageKey`).
        var sitePages: [String: SitePageKey] = [:]
        /// Folders known to exist in `root`.
        var folders: Set<String> = []
        var layout: LayoutKey?
        var sidebars: SidebarKeys?
        var sidebarCache: SidebarCache?
        /// The files the Site's stages made (`site.extraFiles`) as last written: the same
        /// buffer again is the same bytes, not hashed again (the search index is megabytes).
        var extraFiles: [String: [UInt8]] = [:]
        /// The pages of the last build left to be made when asked for, by path.
        var deferred: [String: DeferredFile] = [:]
        /// How many files the last build rendered and wrote, for tests and timings.
        var rendered = 0
        var renderedNotes = 0
        var changed = 0
    }

    /// The served site's folder (made by the first build).
    let root: String
    /// A private folder beside it, for the assets' copy and files on their way in.
    let scratch: String
    private let written = Mutex(Written())

    init(root: String, scratch: String) {
        self.root = root
        self.scratch = scratch
    }

    /// How many files the last build rendered (notes among them), and how many it wrote or removed.
    var lastBuild: (rendered: Int, notes: Int, changed: Int) { written.withLock { ($0.rendered, $0.renderedNotes, $0.changed) } }

    /// Renders what changed since the last call and brings the folder up to date; returns
    /// the number of files the site has (assets aside), as `SiteOutput.write` does.
    /// `deferred`: the study pages (by slug) the site holds without their body, and how to
    /// make each from the site; each is made when `fill` asks for it, or now if the folder
    /// has no such file yet (a request finds only the files that are there).
    func write(_ site: Site, templates: TemplateRenderer, templatesDirectory: String, deferred: [String: @Sendable (Site) -> GeneratedPage] = [:]) throws(BuildFailure) -> Int {
        var state = written.withLock { $0 }
        if state.files.isEmpty { state.files = existingFiles() }

        // What every page shares: when it changed, every note page is rendered again.
        let layout = LayoutKey(
            config: site.config, headerLinks: SiteRenderer.headerLinks(site).flatMap { [$0.title, $0.href] },
            templates: try Self.readFiles(in: templatesDirectory))
        let sidebars = SidebarKeys(site)
        // The sidebars are made of what these keys hold: the last build's are kept while the
        // layout and the entries every sidebar lists are the same, but for the sections whose
        // pages (titles, order) changed; those sections' pages are rendered again.
        var staleSections: Set<String> = []
        let sameShared = state.layout == layout && state.sidebars?.shared == sidebars.shared
        if !sameShared {
            state.notes = [:]
            state.sitePages = [:]
        } else if let old = state.sidebars {
            staleSections = Set(sidebars.sections.keys).union(old.sections.keys).filter { old.sections[$0] != sidebars.sections[$0] }
        }
        let renderer = try SiteRenderer(site: site, templates: templates, sidebars: sameShared ? state.sidebarCache : nil, changedSections: staleSections)
        state.sidebarCache = renderer.sidebars
        state.layout = layout
        state.sidebars = sidebars

        var notes: [String: NoteRenderKey] = [:]
        notes.reserveCapacity(site.pages.count)
        var toRender: [SiteRenderer.File] = []
        var sitePages: [String: SitePageKey] = [:]
        let siteKeys = SitePageKeys(site)
        var deferredNow: [String: DeferredFile] = [:]
        let waiting = state.deferred
        state.deferred = [:]
        for file in renderer.files {
            if let later = Self.deferral(of: file, renderer: renderer, pages: deferred) {
                let path = renderer.path(file)
                // The topics page waits only when its key changed (else what waits still
                // does); a study page without its body cannot tell, and waits every time.
                if later.make == nil, let key = siteKeys.key(for: file) {
                    sitePages[path] = key
                    if state.sitePages[path] == key, state.files[path] ?? nil != nil {
                        state.deferred[path] = waiting[path]
                        continue
                    }
                }
                if state.files[path] == nil { deferredNow[path] = later } else { state.deferred[path] = later }
                continue
            }
            if let key = siteKeys.key(for: file) {
                let path = renderer.path(file)
                sitePages[path] = key
                if state.sitePages[path] == key, state.files[path] ?? nil != nil { continue }
            }
            guard case .note(let index) = file else {
                toRender.append(file)
                continue
            }
            let page = site.pages[index]
            let key = NoteRenderKey(
                page: page, previous: index > 0 ? NoteRenderKey.Neighbour(site.pages[index - 1]) : nil,
                next: index + 1 < site.pages.count ? NoteRenderKey.Neighbour(site.pages[index + 1]) : nil)
            let path = page.outputPath
            notes[path] = key
            if !staleSections.contains(page.section), state.notes[path] == key, state.files[path] ?? nil != nil { continue }
            toRender.append(file)
        }
        var rendered = try toRender.concurrentMap { file throws(BuildFailure) in (renderer.path(file), try Self.bytes(of: file, renderer: renderer)) }
        for (path, page) in deferredNow { rendered.append((path, try page.bytes())) }

        var files = Dictionary(rendered, uniquingKeysWith: { _, last in last })
        for (path, bytes) in site.extraFiles { files[path] = bytes }
        for (path, bytes) in try assets(templatesDirectory: templatesDirectory, search: site.config.search) { files["assets/" + path] = bytes }
        let keep = Set(renderer.outputPaths).union(site.extraFiles.keys).union(files.keys)

        var changed = 0
        do throws(BuildFailure) {
            try writeMarker()
            for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
                if let last = state.extraFiles[path], Self.sameBuffer(last, bytes), state.files[path] != nil { continue }
                let hash = Self.hash(bytes)
                if let known = state.files[path], known == hash { continue }
                try replace(path, with: bytes, folders: &state.folders)
                state.files[path] = hash
                changed += 1
            }
            for path in state.files.keys where !keep.contains(path) {
                unlink(root + "/" + path)
                state.files[path] = nil
                removeEmptyFolders(above: path, known: &state.folders)
                changed += 1
            }
        } catch {
            // The folder is part old, part new: the next build compares every file again.
            written.withLock { $0 = Written() }
            throw error
        }
        state.notes = notes
        state.sitePages = sitePages
        state.extraFiles = site.extraFiles
        state.rendered = rendered.count
        state.renderedNotes = toRender.count { if case .note = $0 { true } else { false } }
        state.changed = changed
        written.withLock { $0 = state }
        return renderer.outputPaths.count + site.extraFiles.count
    }

    /// The pages made when a browser asks for them, not on every save: the topics page (every
    /// note's headings, 0.5 s at 10,000 notes, again on a title's edit) and the study pages
    /// `pages` names (put in the site without their body).
    private static func deferral(of file: SiteRenderer.File, renderer: SiteRenderer, pages: [String: @Sendable (Site) -> GeneratedPage]) -> DeferredFile? {
        switch file {
        case .topics: DeferredFile(renderer: renderer, file: file, make: nil)
        case .generated(let index): pages[renderer.site.generatedPages[index].slug].map { DeferredFile(renderer: renderer, file: file, make: $0) }
        default: nil
        }
    }

    /// The paths of the pages the last build left to be made on request.
    var deferredPaths: [String] { written.withLock { $0.deferred.keys.sorted() } }

    /// Makes and writes the page at `path` (inside the folder) if the last build left it to
    /// be made on request; the caller keeps builds out meanwhile (`PreviewSession.prepare`).
    func fill(_ path: String) throws(BuildFailure) {
        var state = written.withLock { $0 }
        guard let page = state.deferred.removeValue(forKey: path) else { return }
        let bytes = try page.bytes()
        let hash = Self.hash(bytes)
        if state.files[path] != hash {
            try replace(path, with: bytes, folders: &state.folders)
            state.files[path] = hash
        }
        written.withLock { $0 = state }
    }

    /// The templates' `assets/` as `build` copies them (the same rules for links and odd
    /// files), by path inside the folder; without the search script when search is off.
    private func assets(templatesDirectory: String, search: Bool) throws(BuildFailure) -> [String: [UInt8]] {
        let copy = scratch + "/assets"
        try? FileManager.default.removeItem(atPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let source = URL(fileURLWithPath: templatesDirectory).appendingPathComponent("assets")
        guard FileManager.default.fileExists(atPath: source.path) else { return [:] }
        try AssetCopy.copy(from: source, to: URL(fileURLWithPath: copy))
        var files = try Self.readFiles(in: copy)
        if !search { files[SearchIndex.scriptAsset] = nil }
        return files
    }

    /// Every regular file under `folder`, by path inside it.
    static func readFiles(in folder: String) throws(BuildFailure) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            var info = stat()
            guard stat(folder + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            guard let data = FileManager.default.contents(atPath: folder + "/" + relative) else {
                throw BuildFailure(.error("cannot read \(relative)", at: SourceLocation(path: folder)))
            }
            files[relative] = [UInt8](data)
        }
        return files
    }

    /// The files already in the folder (from before a failed write), contents unknown.
    private func existingFiles() -> [String: Int?] {
        var files: [String: Int?] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        while let relative = walker.nextObject() as? String {
            guard relative != OutputFolder.marker else { continue }
            var info = stat()
            if stat(root + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFREG { files[relative] = .some(nil) }
        }
        return files
    }

    private func writeMarker() throws(BuildFailure) {
        let marker = root + "/" + OutputFolder.marker
        guard !FileManager.default.fileExists(atPath: marker) else { return }
        var folders: Set<String> = []
        try replace(OutputFolder.marker, with: Array(OutputFolder.markerText.utf8), folders: &folders)
    }

    /// Writes `bytes` beside the folder and renames the file into place. `folders`: the
    /// folders known to exist (creating one for each file was most of a first build's writing).
    private func replace(_ path: String, with bytes: [UInt8], folders: inout Set<String>) throws(BuildFailure) {
        let failure = { (reason: String) in BuildFailure(.error("cannot write the preview: \(path): \(reason)", at: SourceLocation(path: self.root))) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folders.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            } catch {
                throw failure(error.localizedDescription)
            }
            folders.insert(folder)
        }
        let temporary = scratch + "/incoming"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        var offset = 0
        var error: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    error = errno
                    return
                }
                offset += count
            }
        }
        close(descriptor)
        if error != 0 { throw failure(String(cString: strerror(error))) }
        guard rename(temporary, root + "/" + path) == 0 else { throw failure(String(cString: strerror(errno))) }
    }

    /// A build never leaves an empty folder; neither does a note deleted while serving.
    private func removeEmptyFolders(above path: String, known: inout Set<String>) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            known.remove(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// Arrays are values: two sharing a buffer (both alive) hold the same bytes.
    static func sameBuffer(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress } }
    }

    static func hash(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
