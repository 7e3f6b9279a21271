/// `cheatsheet.html`: the parts of notes that `cheatsheet:` in site.yml lists
/// (`note.md#heading`), each a heading and what follows it up to the next heading of the
/// same or a higher level, laid out to print on as few pages as possible.
enum CheatSheetPage {
    static let slug = "cheatsheet"
    static let title = "Cheat sheet"

    static func page(_ site: Site, log: DiagnosticLog) -> GeneratedPage? {
        guard !site.config.cheatSheet.isEmpty else { return nil }
        let links = PrintLinks(slugs: [])
        var html = "<article class=\"study-page cheatsheet\">\n<h1>\(HTMLEscape.text(site.config.title)): \(title.lowercased())</h1>\n"
        for (index, source) in site.config.cheatSheet.enumerated() {
            let (path, fragment) = PrintLinks.split(source.target)
            let slug = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
            guard let page = site.pages.first(where: { $0.slug == slug }) else {
                log.report(.error("cheatsheet: `\(source.target)` names no note (write `note.md#heading-id`)", at: source.location))
                continue
            }
            guard let fragment, let part = part(of: page.contentHTML, headingID: fragment) else {
                let ids = page.headings.map(\.id).joined(separator: ", ")
                log.report(.error("cheatsheet: `\(source.target)` names no heading of \(page.sourcePath) (its headings: \(ids))", at: source.location))
                continue
            }
            let prefix = "cheat-\(index + 1)"
            let local = Set(page.headings.map(\.id).filter { part.contains("id=\"\($0)\"") })
            html += "<section class=\"cheat-part\">\n" + links.rewrite(part, of: page.slug, prefix: prefix, localIDs: local)
            html += "<p class=\"cheat-source\">From <a href=\"\(HTMLEscape.attribute(page.outputPath))\">\(HTMLEscape.text(page.title))</a></p>\n</section>\n"
        }
        html += "</article>\n"
        return GeneratedPage(slug: slug, title: title, description: "\(site.config.title) on two printed pages", html: html)
    }

    /// The heading with `id` and everything after it up to the next heading of its level or above.
    static func part(of html: String, headingID id: String) -> String? {
        guard let (level, open) = (1...6).lazy.compactMap({ level in html.range(of: "<h\(level) id=\"\(id)\"").map { (level, $0) } }).first else {
            return nil
        }
        var end = html.endIndex
        var search = open.upperBound
        while let next = html.range(of: "<h", range: search..<html.endIndex) {
            search = next.upperBound
            guard search < html.endIndex, let other = Int(String(html[search])), (1...level).contains(other) else { continue }
            end = next.lowerBound
            break
        }
        return String(html[open.lowerBound..<end])
    }
}
