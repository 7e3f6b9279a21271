/// Which files are notes, and the URL each one gets. Files and folders are named as people
/// name them (`Networking/VPC Basics.md`, `Café.md`); their URLs are slugs of those names
/// (`networking/vpc-basics.html`, `cafe.html`), as links to them are (`LinkRewriter`).
extension ContentLoader {
    struct NoteFile: Sendable {
        /// Relative to the content folder, as the file system names it: `Networking/VPC Basics.md`.
        var relative: String
        /// `networking/vpc-basics`.
        var slug: String
        /// The slug of the top-level folder holding it, `""` at the top.
        var section: String
        /// `VPC Basics`: the file name without `.md`, for a title when the note gives none.
        var name: String
    }

    struct SectionFolder {
        /// The folder's name in the content folder.
        var name: String
        var slug: String
    }

    /// Every note (`.md`, not starting with `_`, in no folder starting with `_` or `.`), in
    /// path order, and the top-level folders holding notes, which are the sections. `skipping`
    /// is a file at the top that is not a note (`SUMMARY.md` of a book).
    static func findNotes(_ tree: ContentTree, skipping: String?, display: (String) -> String, log: DiagnosticLog) -> (notes: [NoteFile], sections: [SectionFolder]) {
        var notes: [NoteFile] = []
        var sections: [SectionFolder] = []
        var sectionOfSlug: [String: String] = [:]
        for file in markdownFiles(tree.listing(of: "")) where file != skipping {
            if let note = noteFile(folder: "", file: file, section: "", display: display, log: log) { notes.append(note) }
        }
        for name in tree.listing(of: "").folders where !name.hasPrefix("_") {
            let found = notesBelow(name, tree: tree)
            guard !found.isEmpty else { continue }
            let slug = Slug.fileSlug(name)
            if slug.isEmpty {
                log.report(.error("the folder name \"\(name)\" has no letter or digit a URL can use; rename it", at: SourceLocation(path: display(name))))
                continue
            }
            if let other = sectionOfSlug[slug] {
                log.report(.error("the folders \(display(other)) and \(display(name)) both make the section `\(slug)/`; rename one", at: SourceLocation(path: display(name))))
                continue
            }
            sectionOfSlug[slug] = name
            sections.append(SectionFolder(name: name, slug: slug))
            for (folder, file) in found {
                if let note = noteFile(folder: folder, file: file, section: slug, display: display, log: log) { notes.append(note) }
            }
        }
        return (notes, sections)
    }

    /// (folder, file) of every note in `folder` and the folders below it.
    private static func notesBelow(_ folder: String, tree: ContentTree) -> [(String, String)] {
        var found: [(String, String)] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let listing = tree.listing(of: current)
            found += markdownFiles(listing).map { (current, $0) }
            pending += listing.folders.filter { !$0.hasPrefix("_") }.reversed().map { current + "/" + $0 }
        }
        return found
    }

    private static func noteFile(folder: String, file: String, section: String, display: (String) -> String, log: DiagnosticLog) -> NoteFile? {
        let relative = folder.isEmpty ? file : folder + "/" + file
        let name = String(file.dropLast(3))
        let fileSlug = Slug.fileSlug(name)
        guard !fileSlug.isEmpty else {
            log.report(.error("the file name \"\(file)\" has no letter or digit a URL can use; rename it, or set `slug:` in its front matter", at: SourceLocation(path: display(relative), line: 1)))
            return nil
        }
        let slug = folder.isEmpty ? fileSlug : Slug.pathSlug(folder) + "/" + fileSlug
        return NoteFile(relative: relative, slug: slug, section: section, name: name)
    }

    static func markdownFiles(_ listing: ContentTree.Listing) -> [String] {
        listing.files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") }
    }
}
