import Foundation

/// Every note and image a wikilink may name, the way Obsidian finds them: by path, file name
/// or title, whatever the case (`[[vpc basics]]`, `[[networking/VPC Basics]]`); images and
/// other files Content copies into the site by file name anywhere in the content folder, or by path.
///
/// A name more than one note or image answers to goes to the nearest one: the one whose
/// folder shares the most with the linking note's, then the shortest path, then the first
/// in site order (Obsidian picks "the best match" much the same way).
struct VaultIndex: Sendable {
    struct Note: Sendable {
        var slug: String
        var title: String
        /// Path in the content folder without `.md`: `networking/VPC Basics`.
        var path: String
        var fileName: Substring { path.split(separator: "/").last ?? Substring(path) }
    }

    private(set) var notes: [Note] = []
    /// Images and PDFs by their path in the site (`attachments/diagram.png`), sorted.
    private(set) var files: [String] = []
    /// Lower-cased path, file name or title → notes, by how exactly it names them (0: path).
    private var noteKeys: [String: [(rank: Int, note: Int)]] = [:]
    private var fileKeys: [String: [(rank: Int, file: Int)]] = [:]
    private var bySlug: [String: Int] = [:]

    /// `markdown` (index for index with `pages`) gives the titles of notes titled by their first
    /// `#` heading, which the Markdown pass itself only learns as it goes.
    init(pages: [Page], contentDirectory: String, files: [String], markdown: [String] = []) {
        let prefix = contentDirectory.hasSuffix("/") ? contentDirectory : contentDirectory + "/"
        for (index, page) in pages.enumerated() {
            var path = page.sourcePath.hasPrefix(prefix) ? String(page.sourcePath.dropFirst(prefix.count)) : page.slug
            if path.hasSuffix(".md") { path.removeLast(3) }
            var title = page.title
            if page.titleFromHeading, index < markdown.count, let heading = VaultIndex.firstHeading(in: markdown[index]) { title = heading }
            let note = Note(slug: page.slug, title: title, path: path)
            notes.append(note)
            bySlug[page.slug] = index
            for (rank, key) in [note.path, String(note.fileName), note.title].enumerated() {
                noteKeys[VaultIndex.key(key), default: []].append((rank, index))
            }
        }
        self.files = files.sorted()
        for (index, file) in self.files.enumerated() {
            fileKeys[VaultIndex.key(file), default: []].append((0, index))
            if let name = file.split(separator: "/").last, name.count != file.count {
                fileKeys[VaultIndex.key(String(name)), default: []].append((1, index))
            }
        }
    }

    /// The index of the note `page` (a wikilink's own note, for `[[#Heading]]`).
    func note(of page: Page) -> Int? { bySlug[page.slug] }

    /// The note `name` (a wikilink's target) means, seen from the note at `path`.
    func note(named name: String, from page: Page) -> Int? {
        guard let found = noteKeys[VaultIndex.key(name, dropping: ".md")] else { return nil }
        return nearest(found.map { ($0.rank, $0.note) }, path: { notes[$0].path }, from: page.slug)
    }

    /// The file `name` means, seen from `page`: its path in the site.
    func file(named name: String, from page: Page) -> String? {
        guard let found = fileKeys[VaultIndex.key(name)] else { return nil }
        return nearest(found.map { ($0.rank, $0.file) }, path: { files[$0] }, from: page.slug).map { files[$0] }
    }

    /// Up to three names of notes nearest to `name` in spelling, as a wikilink would write them.
    func noteSuggestions(for name: String) -> [String] {
        let names = notes.flatMap { note in Set([String(note.fileName), note.title]).sorted() }
        return VaultIndex.nearestNames(to: name, among: names)
    }

    func fileSuggestions(for name: String) -> [String] {
        VaultIndex.nearestNames(to: name, among: files.map { String($0.split(separator: "/").last ?? "") })
    }

    /// Up to three of `names` within a few edits of `name` (case aside), nearest first.
    static func nearestNames(to name: String, among names: [String]) -> [String] {
        let wanted = Array(name.lowercased())
        let limit = max(2, wanted.count / 3)
        var seen: Set<String> = []
        let scored = names.compactMap { candidate -> (Int, String)? in
            guard seen.insert(candidate.lowercased()).inserted else { return nil }
            let lower = Array(candidate.lowercased())
            let distance = lower.count >= 3 && (candidate.lowercased().contains(name.lowercased()) || name.lowercased().contains(candidate.lowercased()))
                ? min(editDistance(wanted, lower), 1 + abs(lower.count - wanted.count) / 4) : editDistance(wanted, lower)
            return distance <= limit ? (distance, candidate) : nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.1)
    }

    /// Levenshtein distance by Characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let substitution = previous + (x == y ? 0 : 1)
                previous = row[j + 1]
                row[j + 1] = min(substitution, row[j] + 1, row[j + 1] + 1)
            }
        }
        return row[b.count]
    }

    /// The best of `candidates` (rank, index): lowest rank, then the most folders shared with
    /// `slug`'s, then the shortest path, then the first.
    private func nearest(_ candidates: [(Int, Int)], path: (Int) -> String, from slug: String) -> Int? {
        let folders = slug.lowercased().split(separator: "/").dropLast()
        func shared(_ index: Int) -> Int {
            zip(folders, path(index).lowercased().split(separator: "/").dropLast()).prefix { $0 == $1 }.count
        }
        return candidates.min { a, b in
            (a.0, -shared(a.1), path(a.1).count, a.1) < (b.0, -shared(b.1), path(b.1).count, b.1)
        }?.1
    }

    /// The text of the first `# Heading` line outside fenced code, closing `#`s dropped.
    static func firstHeading(in markdown: String) -> String? {
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if trimmed.hasPrefix("# ") {
                let text = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
                let closed = text.replacingOccurrences(of: #"\s+#+$"#, with: "", options: .regularExpression)
                return closed.isEmpty ? nil : closed
            }
        }
        return nil
    }

    /// `./Networking\VPC.md` → `networking/vpc`: how names are compared.
    static func key(_ name: String, dropping suffix: String = "") -> String {
        var key = name.lowercased().replacingOccurrences(of: "\\", with: "/")
        while key.hasPrefix("./") || key.hasPrefix("/") { key.removeFirst(key.hasPrefix("/") ? 1 : 2) }
        if !suffix.isEmpty, key.hasSuffix(suffix) { key.removeLast(suffix.count) }
        return key
    }
}
