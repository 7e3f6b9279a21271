/// The glossary as the body-finishing step uses it to link mentions in the notes.
struct TermLinking: Sendable {
    let matcher: TermMatcher
    /// Per entry: its anchor on the glossary page (from the site root) and its tooltip.
    let targets: [TermLinker.Target]
    let onlyFirst: Bool

    func linker(for page: Page) -> TermLinker {
        TermLinker(matcher: matcher, targets: targets, rootPrefix: LinkRewriter(pageSlug: page.slug).rootPrefix, onlyFirst: onlyFirst)
    }
}

extension Glossary {
    /// What finishing the pages needs to link terms, or nil when linking is off or there are no terms.
    static func linking(_ site: Site) -> TermLinking? {
        guard site.config.glossary.linkTerms != .none, !site.glossary.isEmpty else { return nil }
        return TermLinking(
            matcher: GlossaryIndex(site.glossary).matcher,
            targets: site.glossary.map {
                var target = TermLinker.Target(href: GlossaryContext.outputPath + "#" + $0.id, title: shortDefinition($0.definition))
                target.link = $0.link
                if $0.link == .exactCase { target.spellings = [$0.term] + $0.aliases }
                return target
            },
            onlyFirst: site.config.glossary.linkTerms == .first)
    }

    /// The definition as one line of plain text for a tooltip, spaces collapsed, cut at a word near 160 characters.
    static func shortDefinition(_ markdown: String) -> String {
        var text = MarkdownText.plain(markdown).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.count > 160 {
            let cut = text.prefix(160)
            text = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return text
    }
}
