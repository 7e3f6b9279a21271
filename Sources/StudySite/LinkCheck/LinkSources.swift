import Foundation

/// Where each link of the built site was written, so a finding points at the source a
/// person edits (`content/vpc.md:12:5`) rather than at generated HTML.
///
/// Made by the pipeline from its own records (`Pipeline/LinkSources+Site.swift`), not from the HTML: the Markdown stage's links of
/// each note (`Page.links`), the links of each generated block (its note and line), the
/// glossary's definitions (where each was written). A page cites a URL several times in
/// order, so the n-th time a page cites a URL is matched to the n-th place that wrote it for
/// that page; what is left (navigation, pager, header) comes from the templates.
public struct LinkSources: Sendable {
    /// Per output page, per URL (percent-decoded), where it was written, in page order.
    var written: [String: [String: [SourceLocation]]] = [:]
    /// Where the links of each output page that no note wrote come from.
    var templates: [String: SourceLocation] = [:]
    /// Glossary term links (`glossary.html#term-vpc`, from the site root), which the build adds
    /// to the notes' prose: where each term's definition was written.
    var termLinks: [String: SourceLocation] = [:]

    /// The notes' pages, relative to the site: a built site from this content has them all.
    public internal(set) var notePages: [String] = []

    /// Matches the links of one page, in page order, to where they were written.
    func locator(forPage page: String) -> Locator {
        let depth = page.split(separator: "/").count - 1
        return Locator(
            queues: (written[page] ?? [:]).mapValues { ArraySlice($0) }, template: templates[page],
            termLinks: templates[page] == nil ? [:] : termLinks, rootPrefix: String(repeating: "../", count: depth))
    }

    struct Locator {
        var queues: [String: ArraySlice<SourceLocation>]
        let template: SourceLocation?
        let termLinks: [String: SourceLocation]
        let rootPrefix: String

        /// Where the next citation of `url` on the page was written; nil for a page the build did not make.
        mutating func origin(of url: String) -> SourceLocation? {
            let key = LinkSources.key(url)
            if let next = queues[key]?.popFirst() { return next }
            if key.hasPrefix(rootPrefix), let term = termLinks[String(key.dropFirst(rootPrefix.count))] { return term }
            return template
        }
    }

    /// cmark writes a destination percent-encoded into `href`; both sides compare decoded.
    static func key(_ url: String) -> String {
        guard url.utf8.contains(UInt8(ascii: "%")) else { return url }
        return url.removingPercentEncoding ?? url
    }

    static func urls(inHTML html: String, page: String) -> [String] {
        LinkExtractor.extract(html: Array(html.utf8), page: page, displayPath: page).links.map(\.url)
    }
}
