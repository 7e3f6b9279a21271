import Foundation

/// Where each link of the built site was written, so a finding points at the source a
/// person edits (`content/vpc.md:12:5`) rather than at generated HTML.
///
/// Made from the pipeline's own records, not from the HTML: the Markdown stage's links of
/// each note (`Page.links`), the links of each generated block (its note and line), the
/// glossary's definitions (where each was written). A page cites a URL several times in
/// order, so the n-th time a page cites a URL is matched to the n-th place that wrote it for
/// that page; what is left (navigation, pager, header) comes from the templates.
public struct LinkSources: Sendable {
    /// Per output page, per URL (percent-decoded), where it was written, in page order.
    private var written: [String: [String: [SourceLocation]]] = [:]
    /// Where the links of each output page that no note wrote come from.
    private var templates: [String: SourceLocation] = [:]
    /// Glossary term links (`glossary.html#term-vpc`, from the site root), which the build adds
    /// to the notes' prose: where each term's definition was written.
    private var termLinks: [String: SourceLocation] = [:]

    /// The notes' pages, relative to the site: a built site from this content has them all.
    public private(set) var notePages: [String] = []

    init(site: Site, templatesDirectory: String) {
        notePages = site.pages.map(\.outputPath)
        for page in site.pages {
            var urls: [String: [SourceLocation]] = [:]
            for link in page.links { urls[Self.key(link.url), default: []].append(link.location) }
            for block in page.blocks {
                guard let html = site.generatedBlocks[block.location] else { continue }
                for url in Self.urls(inHTML: html, page: page.outputPath) { urls[Self.key(url), default: []].append(block.location) }
            }
            written[page.outputPath] = urls
        }
        for entry in site.glossary { termLinks[Self.key(GlossaryContext.outputPath + "#" + entry.id)] = entry.location }
        if !site.glossary.isEmpty {
            var urls: [String: [SourceLocation]] = [:]
            for entry in site.glossary {
                let html = MarkdownText.html(entry.definition, pageSlug: GlossaryContext.slug)
                for url in Self.urls(inHTML: html, page: GlossaryContext.outputPath) { urls[Self.key(url), default: []].append(entry.location) }
            }
            written[GlossaryContext.outputPath] = urls
        }
        let layout = (templatesDirectory as NSString).appendingPathComponent("layout.mustache")
        guard FileManager.default.fileExists(atPath: layout) else { return }
        let generated = site.pages.map(\.outputPath) + site.sections.filter { !$0.path.isEmpty }.map { $0.path + "/index.html" }
            + ["index.html", "404.html"] + (site.glossary.isEmpty ? [] : [GlossaryContext.outputPath])
        for path in generated { templates[path] = SourceLocation(path: layout) }
    }

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

    private static func urls(inHTML html: String, page: String) -> [String] {
        LinkExtractor.extract(html: Array(html.utf8), page: page, displayPath: page).links.map(\.url)
    }
}
