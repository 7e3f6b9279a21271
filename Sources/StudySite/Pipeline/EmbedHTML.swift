import Foundation

/// Edits to a finished note's HTML for showing it inside another page. It works on the HTML
/// StudySite wrote: text and attribute values are escaped there, so ` id="` and ` href="`
/// occur only as attributes.
enum EmbedHTML {
    /// The part of `html` from the heading `headingID` to the next heading at the top level of
    /// the note of the same or a higher level (`page`'s headings, `topLevel` their ids that are
    /// not in a quote or list), so the slice is whole elements.
    static func section(of html: String, headingID: String, page: Page, topLevel: Set<String>) -> String {
        guard let index = page.headings.firstIndex(where: { $0.id == headingID }) else { return "" }
        let heading = page.headings[index]
        guard let start = html.range(of: "<h\(heading.level) id=\"\(heading.id)\">") else { return "" }
        var end = html.endIndex
        for next in page.headings[(index + 1)...] where next.level <= heading.level && topLevel.contains(next.id) {
            if let found = html.range(of: "<h\(next.level) id=\"\(next.id)\">", range: start.upperBound..<html.endIndex) {
                end = found.lowerBound
                break
            }
        }
        return String(html[start.lowerBound..<end])
    }

    /// `html` without `id` attributes and without the headings' `#` links to themselves.
    static func withoutIDs(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        let anchor = "\u{2060}<a class=\"anchor\" href=\"#"
        while let found = rest.range(of: anchor), let close = rest.range(of: "\">#</a>", range: found.upperBound..<rest.endIndex) {
            result += rest[..<found.lowerBound]
            rest = rest[close.upperBound...]
        }
        result += rest
        rest = Substring(result)
        var stripped = ""
        while let found = rest.range(of: " id=\""), let close = rest[found.upperBound...].firstIndex(of: "\"") {
            stripped += rest[..<found.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return stripped + rest
    }

    /// `html` of the page `from` (a slug) with its relative `href` and `src` values rewritten
    /// to work from the page `to`: `../intro.html` from `networking/vpc` is `intro.html` from
    /// `index`; `#subnets` is `networking/vpc.html#subnets`.
    static func rebased(_ html: String, from source: String, to host: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let found = rest.range(of: #"(?: href| src)=""#, options: .regularExpression),
            let close = rest[found.upperBound...].firstIndex(of: "\"")
        {
            result += rest[..<found.upperBound]
            result += rebase(String(rest[found.upperBound..<close]), from: source, to: host)
            rest = rest[close...]
        }
        return result + rest
    }

    private static func rebase(_ url: String, from source: String, to host: String) -> String {
        if url.hasPrefix("#") { return LinkRewriter(pageSlug: host).rootPrefix + source + ".html" + url }
        guard !url.isEmpty, !url.hasPrefix("/"), !LinkRewriter.hasScheme(url), folder(of: source) != folder(of: host) else { return url }
        let mark = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        var segments = folder(of: source)
        for part in url[..<mark].split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(part))
            }
        }
        let path = segments.joined(separator: "/")
        return LinkRewriter(pageSlug: host).rootPrefix + (path.isEmpty ? "./" : path) + url[mark...]
    }

    private static func folder(of slug: String) -> [String] {
        slug.split(separator: "/").dropLast().map(String.init)
    }
}
