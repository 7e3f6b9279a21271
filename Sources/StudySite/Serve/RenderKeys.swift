/// What a note's page is rendered from (`SiteRenderer.renderNote`) besides what every page
/// shares (`LayoutKey`) and its section's sidebar (`SidebarKeys`): the note (title, summary,
/// finished HTML, headings for the contents) and its neighbours' titles and paths.
struct NoteRenderKey: Equatable, Sendable {
    var page: Page
    var previous: [String]?
    var next: [String]?

    static func neighbour(_ page: Page) -> [String] { [page.title, page.outputPath] }
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
/// sidebar: the topics page (every note's title and headings, the glossary's terms and
/// aliases) and the glossary page (the entries, with the notes and headings that use them).
/// The other files without a key are cheap and rendered on every build.
struct SitePageKey: Equatable, Sendable {
    var glossary: [GlossaryEntry]
    var pages: [String]
    var headings: [[Heading]]

    init?(_ file: SiteRenderer.File, site: Site) {
        switch file {
        case .topics, .glossary: break
        default: return nil
        }
        glossary = site.glossary
        pages = site.pages.flatMap { [$0.title, $0.slug] }
        headings = site.pages.map(\.headings)
    }
}
