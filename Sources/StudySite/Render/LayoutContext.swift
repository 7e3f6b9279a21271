/// What `layout.mustache` (and its `head` partial) get for every page; a class for the
/// reason `PageContext` is.
final class LayoutContext {
    /// The same for every page of a site.
    final class SiteInfo: Sendable {
        let title: String
        let description: String
        let author: String?
        let language: String
        /// Links in the header of every page (glossary, reference pages), relative to the root.
        let headerLinks: [NavigationContext.Link]
        /// Whether the header has the search box and the page loads its script.
        let search: Bool

        init(_ config: SiteConfig, headerLinks: [NavigationContext.Link] = []) {
            title = config.title
            description = config.description
            author = config.author
            language = config.language
            self.headerLinks = headerLinks
            search = config.search
        }
    }

    let site: SiteInfo
    /// The page's own title (the `h1`).
    let title: String
    /// `<title>`: "Page · Site", or the site title alone on the home page.
    let documentTitle: String
    let description: String?
    /// Prefix that leads from this page to the site root: `""` or `../`.
    let root: String
    let canonicalURL: String?
    /// The sidebar as HTML (see `SidebarCache`), with this page's link marked.
    let navigation: String
    /// The page body, rendered by the page's own template.
    let body: String

    init(site: SiteInfo, title: String, documentTitle: String, description: String?, root: String, canonicalURL: String?, navigation: String, body: String) {
        self.site = site
        self.title = title
        self.documentTitle = documentTitle
        self.description = description
        self.root = root
        self.canonicalURL = canonicalURL
        self.navigation = navigation
        self.body = body
    }
}

/// What `navlist.mustache` gets: home, the root section's pages, generated pages, then the other
/// sections, with only the current section's pages listed so no page grows with the site.
struct NavigationContext {
    struct Link {
        var title: String
        var href: String
    }

    /// A heading of `sections:` in site.yml over some of the root's pages.
    struct GroupEntry {
        var title: String
        var pages: [Link]
    }

    struct SectionEntry {
        var title: String
        var href: String
        var isCurrent: Bool
        var pages: [Link]
    }

    var home: Link
    /// The root's pages in no group of `sections:`.
    var pages: [Link]
    var groups: [GroupEntry] = []
    var glossary: Link?
    var sections: [SectionEntry]
    var hasSections: Bool { !sections.isEmpty }
}
