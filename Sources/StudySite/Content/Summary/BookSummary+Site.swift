import Foundation

/// How a book's `SUMMARY.md` shapes the site: its order is the pages' order, its part titles
/// (or, in a book without parts, its top-level chapters with their nested ones) become the
/// groups of `sections:` in the sidebar and on the home page. Notes in a sub-folder stay in
/// that folder's section, in the summary's order. `sections:` in site.yml, when given, wins.
extension ContentLoader {
    /// The book's `SUMMARY.md` at the top of the content folder, when it lists at least one
    /// chapter; a `SUMMARY.md` without any (a note that happens to be called so) is a note.
    static func readSummary(_ tree: ContentTree, root: URL, path: String, log: DiagnosticLog) -> BookSummary? {
        guard tree.listing(of: "").files.contains(BookSummary.fileName) else { return nil }
        let text: String
        do throws(BuildFailure) {
            text = try readText(at: root.appendingPathComponent(BookSummary.fileName), path: path)
        } catch {
            log.report(error.diagnostics)
            return nil
        }
        let found = DiagnosticLog()
        let summary = BookSummary(parsing: text, path: path, log: found)
        guard !summary.chapters.isEmpty else { return nil }
        log.report(found.all)
        return summary
    }
}

extension BookSummary {
    /// Title of the group that holds the suffix chapters when the book has groups.
    static let suffixGroupTitle = "More"

    /// Content-relative note path → the chapter's title in the summary, the title a note
    /// without a heading or `title:` gets.
    var titlesByPath: [String: String] {
        var titles: [String: String] = [:]
        for chapter in chapters { if let path = chapter.path, titles[path] == nil { titles[path] = chapter.title } }
        return titles
    }

    /// An entry naming no note is an error at its line; a note listed twice is a warning.
    func check(notes: Set<String>, contentPrefix: String, path: String, log: DiagnosticLog) {
        var seen: Set<String> = []
        for chapter in chapters {
            guard let target = chapter.path else { continue }
            let location = SourceLocation(path: path, line: chapter.line)
            if !notes.contains(target) {
                let why = target.hasSuffix(".md") ? "no such note" : "a chapter is a Markdown note (`.md`)"
                log.report(.error("\"\(chapter.title)\" links to \(contentPrefix)\(target): \(why)", at: location))
            } else if !seen.insert(target).inserted {
                log.report(.warning("\(target) is listed more than once; the first entry places it", at: location))
            }
        }
    }

    /// Orders `pages` as the summary lists them (`order` is the chapter's position; notes it
    /// leaves out come after, with a warning), orders folder sections by their first chapter
    /// and, unless site.yml has `sections:`, gives `config` the summary's groups.
    func place(_ pages: inout [Page], sections: inout [Section], config: inout SiteConfig, contentPrefix: String, log: DiagnosticLog) {
        var position: [String: Int] = [:]
        for (index, chapter) in chapters.enumerated() {
            if let path = chapter.path, position[path] == nil { position[path] = index }
        }
        var firstOfSection: [String: Int] = [:]
        for index in pages.indices {
            let relative = String(pages[index].sourcePath.dropFirst(contentPrefix.count))
            if let at = position[relative] {
                pages[index].order = at
                firstOfSection[pages[index].section] = min(firstOfSection[pages[index].section] ?? at, at)
            } else {
                pages[index].order = chapters.count
                log.report(.warning("this note is not in SUMMARY.md; it is built, after the book's chapters", at: SourceLocation(path: pages[index].sourcePath)))
            }
        }
        for index in sections.indices where !sections[index].isRoot {
            if let first = firstOfSection[sections[index].path] { sections[index].order = first }
        }
        guard config.pageGroups.isEmpty else { return }
        let slugOf = Dictionary(pages.filter(\.section.isEmpty).map { (String($0.sourcePath.dropFirst(contentPrefix.count)), $0.slug) }, uniquingKeysWith: { first, _ in first })
        config.pageGroups = groups(slugOf: slugOf, location: SourceLocation(path: contentPrefix + BookSummary.fileName))
    }

    /// The groups: one per part title; without parts, one per top-level numbered chapter when
    /// any of them has nested chapters (a chapter alone is a group of one, so the order holds);
    /// prefix chapters stay outside any group (they come first), suffix chapters go in a last
    /// group when there are others. Only notes at the top of the content folder are grouped.
    func groups(slugOf: [String: String], location: SourceLocation) -> [PageGroup] {
        var groups: [PageGroup] = []
        var current: Int?  // the part or top chapter the chapters go into
        let byNesting = parts.isEmpty && chapters.contains { $0.depth > 0 }
        var groupOfPart: [Int: Int] = [:]
        var suffixGroup: Int?
        var placed: Set<String> = []
        for chapter in chapters {
            switch chapter.kind {
            case .prefix:
                continue
            case .numbered:
                if let part = chapter.part {
                    if groupOfPart[part] == nil {
                        groupOfPart[part] = groups.count
                        groups.append(PageGroup(title: parts[part], pages: [], location: location))
                    }
                    current = groupOfPart[part]
                } else if byNesting, chapter.depth == 0 {
                    current = groups.count
                    groups.append(PageGroup(title: chapter.title, pages: [], location: location))
                } else if !byNesting {
                    current = nil
                }
            case .suffix:
                guard !groups.isEmpty else { continue }
                if suffixGroup == nil {
                    suffixGroup = groups.count
                    groups.append(PageGroup(title: BookSummary.suffixGroupTitle, pages: [], location: location))
                }
                current = suffixGroup
            }
            if let current, let path = chapter.path, let slug = slugOf[path], placed.insert(slug).inserted {
                groups[current].pages.append(slug)
            }
        }
        return groups.filter { !$0.pages.isEmpty }
    }
}
