/// The sidebar is the same on every page of a section but for the mark on the current
/// page, so `navlist.mustache` is rendered once per section and each page only marks
/// its own link (`aria-current="page"` on the `<a href>` that points at it). A
/// 10,000-page site renders 101 sidebars instead of 20,000.
struct SidebarCache: Sendable {
    /// Section path (`""` for the root) → the rendered sidebar.
    private let sidebars: [String: String]

    init(site: Site, index: NavigationIndex, templates: TemplateRenderer) throws(BuildFailure) {
        var sidebars: [String: String] = [:]
        for section in site.sections {
            // Any page of the section stands for all: they share the depth and the open section.
            let representative = section.isRoot ? "index" : section.path + "/index"
            let context = SidebarCache.navigation(site: site, index: index, section: section.path, from: representative)
            var html = try templates.render(context, template: "navlist")
            // The layout puts `{{{navigation}}}` on a line of its own, which ends it already.
            if html.hasSuffix("\n") { html.removeLast() }
            sidebars[section.path] = html
        }
        self.sidebars = sidebars
    }

    /// The sidebar for the page `slug`, with its own link marked as the current page.
    func html(for slug: String) -> String {
        let section = slug.contains("/") ? String(slug.split(separator: "/").first!) : ""
        let sidebar = sidebars[section] ?? ""
        let target = "href=\"" + HTMLEscape.attribute(relativeHref(to: slug + ".html", from: slug)) + "\""
        // A plain UTF-8 search: Foundation's range(of:) and replacingCharacters bridge through NSString.
        guard let end = SidebarCache.endOfFirst(target, in: sidebar) else { return sidebar }
        return String(sidebar[..<end]) + " aria-current=\"page\"" + String(sidebar[end...])
    }

    /// Home, the root section's pages and the glossary, then every section, with the
    /// pages of `section` listed under it.
    static func navigation(site: Site, index: NavigationIndex, section current: String, from slug: String) -> NavigationContext {
        let link = { (title: String, target: String) in
            NavigationContext.Link(title: title, href: relativeHref(to: target + ".html", from: slug))
        }
        var pages = index.pages(in: "").map { link(site.pages[$0].title, site.pages[$0].slug) }
        if !site.glossary.isEmpty { pages.append(link(GlossaryContext.title, GlossaryContext.slug)) }
        let sections = site.sections.filter { !$0.isRoot }.map { section in
            let isCurrent = section.path == current
            return NavigationContext.SectionEntry(
                title: section.title,
                href: relativeHref(to: section.path + "/index.html", from: slug),
                isCurrent: isCurrent,
                pages: isCurrent ? index.pages(in: section.path).map { link(site.pages[$0].title, site.pages[$0].slug) } : [])
        }
        return NavigationContext(home: link("Home", "index"), pages: pages, sections: sections)
    }

    /// The index just past the first occurrence of `needle` in `text`.
    static func endOfFirst(_ needle: String, in text: String) -> String.Index? {
        let pattern = Array(needle.utf8)
        let bytes = text.utf8
        guard let first = pattern.first else { return nil }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: pattern) {
                return bytes.index(candidate, offsetBy: pattern.count)
            }
            index = bytes.index(after: candidate)
        }
        return nil
    }
}
