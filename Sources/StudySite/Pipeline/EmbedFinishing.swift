/// The step for what wikilinks leave until every note is known: links to a heading of
/// another note are checked, and each `![[Note]]` or `![[Note#Heading]]`
/// hole gets the note or section as finished HTML (term links and tables included), in an
/// `<aside class="embed">` with a link to where it comes from.
///
/// A note embedded is finished on its own first; what it embeds in turn is finished before
/// it, so a chain of embeds works and a cycle (a note embedding itself, through any number
/// of others) is an error naming the chain.
struct EmbedFinishing {
    /// A note, or one section of it, as an embed shows it.
    struct Target: Hashable {
        var page: Int
        var headingID: String?
    }

    private var site: Site
    private let drafts: [BodyDraft]
    private let vaultLinks: [VaultLinks]
    private let log: DiagnosticLog
    private let terms: TermLinking?
    private var blocks: [SourceLocation: String]
    private var finished: [Target: String] = [:]
    private var stack: [Target] = []

    static func run(_ site: inout Site, drafts: [BodyDraft], vaultLinks: [VaultLinks], log: DiagnosticLog) {
        checkHeadings(site, vaultLinks: vaultLinks, log: log)
        guard vaultLinks.contains(where: { !$0.embeds.isEmpty }), log.errors.isEmpty else { return }
        var finishing = EmbedFinishing(
            site: site, drafts: drafts, vaultLinks: vaultLinks, log: log, terms: Glossary.linking(site), blocks: site.generatedBlocks)
        for (host, links) in vaultLinks.enumerated() {
            for embed in links.embeds {
                let html = finishing.html(of: finishing.target(of: embed), closing: embed)
                site.generatedBlocks[embed.location] = finishing.wrapped(html, embed: embed, in: host)
            }
        }
    }

    /// Every `[[Note#Heading]]` and `![[Note#Heading]]` must name a heading of the note (by
    /// its text, case aside, as Obsidian matches it: its anchor is the heading's).
    private static func checkHeadings(_ site: Site, vaultLinks: [VaultLinks], log: DiagnosticLog) {
        for links in vaultLinks {
            for link in links.headingLinks {
                let target = site.pages[link.page]
                guard !target.headings.contains(where: { $0.id == Slugger.slugify(link.heading) }) else { continue }
                let suggestions = VaultIndex.nearestNames(to: link.heading, among: target.headings.map(\.text))
                let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
                log.report(.error("\(link.written): no heading \"\(link.heading)\" in \(target.sourcePath)\(hint)", at: link.location))
            }
            // A section ends at a heading of the note's top level; one inside a quote or list has no such end.
            for embed in links.embeds {
                guard let heading = embed.heading else { continue }
                let id = Slugger.slugify(heading)
                guard site.pages[embed.page].headings.contains(where: { $0.id == id }), !vaultLinks[embed.page].topLevelHeadingIDs.contains(id) else { continue }
                log.report(.error("\(embed.written): the heading \"\(heading)\" is inside a quote, list or callout, so its section cannot be embedded; embed the note or a heading outside it", at: embed.location))
            }
        }
    }

    private func target(of embed: VaultLinks.Embed) -> Target {
        Target(page: embed.page, headingID: embed.heading.map(Slugger.slugify))
    }

    /// The finished HTML of `target`, its links still written for its own page; `""` on a cycle,
    /// reported at `closing`, the embed that would start the note or section over again.
    private mutating func html(of target: Target, closing embed: VaultLinks.Embed) -> String {
        if let done = finished[target] { return done }
        if let start = stack.firstIndex(of: target) {
            // Told from the note the closing embed is in (the last on the stack) round to it again.
            let chain = ([stack[stack.count - 1]] + stack[start...]).map(describe).joined(separator: " → ")
            log.report(.error("\(embed.written): embeds are a cycle: \(chain); an embed cannot show itself", at: embed.location))
            finished[target] = ""
            return ""
        }
        stack.append(target)
        defer { stack.removeLast() }
        let page = site.pages[target.page]
        let lines = sectionLines(target)
        for inner in vaultLinks[target.page].embeds where lines.contains(inner.location.line) {
            blocks[inner.location] = wrapped(html(of: self.target(of: inner), closing: inner), embed: inner, in: target.page)
        }
        let whole = drafts[target.page].finish(terms: terms?.linker(for: page), blocks: blocks)
        let html = target.headingID.map { EmbedHTML.section(of: whole, headingID: $0, page: page, topLevel: vaultLinks[target.page].topLevelHeadingIDs) } ?? whole
        finished[target] = html
        return html
    }

    /// The file lines of the note or section: embeds outside them are not shown.
    private func sectionLines(_ target: Target) -> Range<Int> {
        let headings = site.pages[target.page].headings
        guard let id = target.headingID, let index = headings.firstIndex(where: { $0.id == id }) else { return 0..<Int.max }
        let topLevel = vaultLinks[target.page].topLevelHeadingIDs
        let end = headings[(index + 1)...].first { $0.level <= headings[index].level && topLevel.contains($0.id) }?.line ?? Int.max
        return headings[index].line..<end
    }

    private func describe(_ target: Target) -> String {
        site.pages[target.page].sourcePath + (target.headingID.map { "#" + $0 } ?? "")
    }

    /// The embed as the page `host` shows it: its links rebased for the host, its ids dropped
    /// (the host has its own), under a link to the note or section.
    private func wrapped(_ html: String, embed: VaultLinks.Embed, in host: Int) -> String {
        let source = site.pages[embed.page]
        let hostSlug = site.pages[host].slug
        let href = LinkRewriter(pageSlug: hostSlug).rootPrefix + source.slug + ".html" + (embed.heading.map { "#" + Slugger.slugify($0) } ?? "")
        let label = source.title + (embed.heading.map { " › " + $0 } ?? "")
        return "<aside class=\"embed\">\n<p class=\"embed-source\"><a href=\"\(HTMLEscape.attribute(href))\">\(HTMLEscape.text(label))</a></p>\n"
            + EmbedHTML.rebased(EmbedHTML.withoutIDs(html), from: source.slug, to: hostSlug) + "</aside>\n"
    }
}
