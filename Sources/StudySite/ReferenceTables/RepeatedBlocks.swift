/// A table said once: generator blocks that come out the same on several pages (the CIDR
/// table of a note and of the reference page) are shown in full by one of them, the holder,
/// and replaced on the others by a line that links to it. A block with `inline: true` is
/// shown in full wherever it stands (its page needs the table in place).
///
/// The holder is the first such block on a page linked from the header (a `header: true`
/// section: the reference pages a reader looks things up in), else the first in site order;
/// a page that repeats a table of its own links the later copy to the first.
enum RepeatedBlocks {
    /// One generated block: its page (an index into `site.pages`) and the block.
    struct Placed {
        var page: Int
        var block: GeneratorBlock
    }

    /// Rewrites `site.generatedBlocks` of `placed` (in site order, each with HTML): holders get
    /// an id, repeats the link line; `site.repeatedBlocks` records repeat → holder.
    static func link(_ site: inout Site, placed: [Placed]) {
        let lookedUp = Set(site.config.pageGroups.filter(\.inHeader).flatMap(\.pages))
        var groups: [String: [Placed]] = [:]
        var order: [String] = []
        for item in placed {
            guard let html = site.generatedBlocks[item.block.location] else { continue }
            let key = item.block.name + "\n" + html.replacingOccurrences(of: SVGFigure.idPrefix(for: item.block.location), with: "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        var usedIDs: [Int: Set<String>] = [:]
        for key in order {
            guard let group = groups[key], group.count > 1 else { continue }
            let holder = group.first { lookedUp.contains(site.pages[$0.page].slug) } ?? group[0]
            let repeats = group.filter { $0.block.location != holder.block.location }
            for item in repeats { site.repeatedBlocks[item.block.location] = holder.block.location }
            let linking = repeats.filter { !BlockParameters.isInline($0.block) }
            guard !linking.isEmpty else { continue }

            let page = site.pages[holder.page]
            var used = usedIDs[holder.page] ?? Set(page.headings.map(\.id)).union(page.rawHTMLIDs)
            let id = anchorID(for: holder, on: page, used: used)
            used.insert(id)
            usedIDs[holder.page] = used
            let html = site.generatedBlocks[holder.block.location]!
            let title = title(of: html) ?? holder.block.name
            site.generatedBlocks[holder.block.location] = withID(id, html: html)
            let heading = page.headings.last { $0.line < holder.block.location.line }
            for item in linking {
                site.generatedBlocks[item.block.location] = linkLine(
                    title: title, to: page, id: id, under: heading?.text, from: site.pages[item.page])
            }
        }
    }

    /// `cidr-table-2` for the page's second `cidr-table` block, unless a heading has that id.
    private static func anchorID(for holder: Placed, on page: Page, used: Set<String>) -> String {
        let number = page.blocks.filter { $0.name == holder.block.name }.firstIndex { $0.location == holder.block.location }.map { $0 + 1 } ?? 1
        var id = "\(holder.block.name)-\(number)"
        while used.contains(id) { id += "-table" }
        return id
    }

    /// What the block shows, as its tables' captions say: the part before `: ` they share
    /// (`CIDR prefixes /16 to /28` of its masks and sizes tables), else the first caption.
    static func title(of html: String) -> String? {
        var captions: [Substring] = []
        var rest = html[...]
        while let open = rest.range(of: "<caption>"), let close = rest[open.upperBound...].range(of: "</caption>") {
            captions.append(rest[open.upperBound..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        guard let first = captions.first else { return nil }
        if captions.count > 1, let colon = first.range(of: ": ") {
            let shared = first[..<colon.lowerBound]
            if captions.allSatisfy({ $0.hasPrefix(shared + ": ") }) { return String(shared) }
        }
        return String(first)
    }

    /// `html` (a `GeneratedHTML.block`) with `id` on its outer element.
    private static func withID(_ id: String, html: String) -> String {
        guard html.hasPrefix("<div "), let end = html.firstIndex(of: ">") else { return "<div id=\"\(id)\">\n\(html)\n</div>" }
        return html[..<end] + " id=\"\(id)\"" + html[end...]
    }

    /// The line that stands for a repeated table: its title linked to the holder, and where that is.
    /// `title` and the heading are HTML already (a caption) or escaped here.
    static func linkLine(title: String, to holder: Page, id: String, under heading: String?, from page: Page) -> String {
        let samePage = holder.slug == page.slug
        let href = samePage ? "#\(id)" : LinkRewriter(pageSlug: page.slug).rootPrefix + holder.outputPath + "#\(id)"
        var line = "<p class=\"generated-link\"><a href=\"\(HTMLEscape.attribute(href))\">\(title)</a>: shown "
        line += samePage ? "above" : "on the page \(HTMLEscape.text(holder.title))"
        if let heading { line += ", under “\(HTMLEscape.text(heading))”" }
        return line + ".</p>"
    }
}
