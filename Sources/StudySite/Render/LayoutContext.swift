/// What `layout.mustache` (and its `head` partial) get for every page.
struct LayoutContext {
    struct SiteInfo {
        var title: String
        var description: String
        var author: String?
        var language: String
    }

    var site: SiteInfo
    /// The page's own title (the `h1`).
    var title: String
    /// `<title>`: "Page · Site", or the site title alone on the home page.
    var documentTitle: String
    var description: String?
    /// Prefix that leads from this page to the site root: `""` or `../`.
    var root: String
    var canonicalURL: String?
    /// The sidebar as HTML (see `SidebarCache`), with this page's link marked.
    var navigation: String
    /// The page body, rendered by the page's own template.
    var body: String
}

/// What `navlist.mustache` gets: home, the root section's pages, generated pages, then the other
/// sections, with only the current section's pages listed so no page grows with the site.
struct NavigationContext {
    struct Link {
        var title: String
        var href: String
    }

    struct SectionEntry {
        var title: String
        var href: String
        var isCurrent: Bool
        var pages: [Link]
    }

    var home: Link
    var pages: [Link]
    var sections: [SectionEntry]
    var hasSections: Bool { !sections.isEmpty }
}
