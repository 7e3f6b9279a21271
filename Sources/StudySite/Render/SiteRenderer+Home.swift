extension SiteRenderer {
    /// The header's links, relative to the site root: the pages of every `sections:` entry
    /// with `header: true`, then the glossary.
    static func headerLinks(_ site: Site) -> [NavigationContext.Link] {
        let slugs = site.config.pageGroups.filter(\.inHeader).flatMap(\.pages)
        // Only the pages the header names: a table of every page was ~20 ms at 10,000 notes.
        let wanted = Set(slugs)
        let named = wanted.isEmpty ? [] : site.pages.filter { wanted.contains($0.slug) }
        let pages = Dictionary(named.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var links = slugs.compactMap { slug in
            pages[slug].map { NavigationContext.Link(title: $0.title, href: $0.outputPath) }
        }
        if !site.glossary.isEmpty { links.append(NavigationContext.Link(title: GlossaryContext.title, href: GlossaryContext.outputPath)) }
        return links
    }

    /// The home page's groups for the root's pages: one per `sections:` entry, with its summary,
    /// and "Pages" for the rest; the glossary last.
    func homeGroups(rootPages pages: [Page]) -> [IndexContext.Group] {
        let entry = { (page: Page) in IndexContext.Entry(title: page.title, href: page.outputPath, summary: page.summary.nonEmpty) }
        let ranks = PageGroups.ranks(site.config.pageGroups)
        var groups = site.config.pageGroups.map { IndexContext.Group(title: $0.title, href: nil, summary: $0.summary.nonEmpty, entries: []) }
        var rest: [IndexContext.Entry] = []
        for page in pages {
            if let rank = ranks[page.slug] { groups[rank].entries.append(entry(page)) } else { rest.append(entry(page)) }
        }
        if !site.glossary.isEmpty {
            rest.append(IndexContext.Entry(title: GlossaryContext.title, href: GlossaryContext.outputPath, summary: "Every term the notes define, A to Z."))
        }
        if templates.hasTemplate("topics") {
            rest.append(IndexContext.Entry(title: TopicsContext.title, href: TopicsContext.outputPath, summary: "Every topic, term and heading of the notes, A to Z."))
        }
        let grouped = groups.filter { !$0.entries.isEmpty }
        return rest.isEmpty ? grouped : grouped + [IndexContext.Group(title: grouped.isEmpty ? "Pages" : "More", href: nil, entries: rest)]
    }

    /// "Start with …" on the home page: the page `start:` names in site.yml.
    var startPage: IndexContext.Entry? {
        guard let slug = site.config.start, let page = site.pages.first(where: { $0.slug == slug }) else { return nil }
        return IndexContext.Entry(title: page.title, href: page.outputPath, summary: page.summary.nonEmpty)
    }
}
