/// What a note's page is rendered from (`SiteRenderer.renderNote`) besides what every page
/// shares (`LayoutKey`) and its section's sidebar (`SidebarKeys`): the note (title, summary,
/// finished HTML, headings for the contents) and its neighbours' titles and paths.
struct NoteRenderKey: Equatable, Sendable {
    var page: Page
    var previous: Neighbour?
    var next: Neighbour?

    /// A neighbour's title and path (the strings the page holds: a key is made per note and build).
    struct Neighbour: Equatable, Sendable {
        var title: String
        var slug: String

        init(_ page: Page) {
            title = page.title
            slug = page.slug
        }
    }
}

/// What every page's layout reads: site.yml, the header's links, and the templates.
struct LayoutKey: Equatable, Sendable {
    var config: SiteConfig
    var headerLinks: [String]
    /// Every file of the templates folder (the assets are compared as files of the site).
    var templates: [String: [UInt8]]
}

/// What the sidebars are made of (`SidebarCache.navigation`): every page lists the home
/// page, the root section's pages, the glossary, the study pages and the sections (`shared`),
/// and the pages of its own section (`sections`, titles and paths by section).
struct SidebarKeys: Equatable, Sendable {
    var shared: [String]
    var sections: [String: [String]]

    init(_ site: Site) {
        var sections: [String: [String]] = [:]
        for page in site.pages { sections[page.section, default: []] += [page.title, page.slug] }
        let root = sections[""] ?? []
        shared = root + ["glossary", site.glossary.isEmpty ? "none" : GlossaryContext.title]
            + site.generatedPages.flatMap { [$0.title, $0.slug] }
            + site.sections.flatMap { [$0.title, $0.path] }
        self.sections = sections
    }
}

/// What the pages that gather the whole site are made of, besides the layout and the
/// sidebar (`SitePageKeys` makes them once per build). The 404 page and the sitemap have no
/// key: they are cheap and rendered on every build.
enum SitePageKey: Equatable, Sendable {
    /// The topics page and the glossary page: every note's title and headings, the
    /// glossary's terms and aliases, and the entries with the notes and headings that use them.
    case index(glossary: [GlossaryEntry], pages: [String], headings: [[Heading]])
    /// The home page and the section indexes: every note's section, path, title and summary,
    /// the sections, and whether there is a glossary (the home page links it).
    case listing(pages: [String], sections: [String], glossary: Bool)
    /// A study page (flashcards, practice, print, cheat sheet): the page the Study stage made,
    /// which only gets the layout around it.
    case generated(GeneratedPage)
}

/// The keys of one build's site pages, each made once however many files share it.
struct SitePageKeys {
    private let site: Site
    private let index: SitePageKey
    private let listing: SitePageKey

    init(_ site: Site) {
        self.site = site
        index = .index(glossary: site.glossary, pages: site.pages.flatMap { [$0.title, $0.slug] }, headings: site.pages.map(\.headings))
        listing = .listing(
            pages: site.pages.flatMap { [$0.section, $0.slug, $0.title, $0.summary] },
            sections: site.sections.flatMap { [$0.path, $0.title] }, glossary: !site.glossary.isEmpty)
    }

    func key(for file: SiteRenderer.File) -> SitePageKey? {
        switch file {
        case .topics, .glossary: index
        case .home, .sectionIndex: listing
        case .generated(let index): .generated(site.generatedPages[index])
        case .notFound, .sitemap, .note: nil
        }
    }
}
