/// The sidebar is the same on every page of a section but for the mark on the current
/// page, so `navlist.mustache` is rendered once per section and each page only marks
/// its own link (`aria-current="page"` on the `<a href>` that points at it). A
/// 10,000-page site renders 101 sidebars instead of 20,000.
struct SidebarCache: Sendable {
    private struct Sidebar {
        var html: String
        /// `href="…"` → the UTF-8 offset just past its first occurrence, where the mark goes.
        var marks: [Substring: Int]
        /// Offsets just past each `<details class="nav-group"`, where `open` goes, in group order.
        var groupEnds: [Int]
    }

    /// Folder of the pages (`""` for the root, a section's path, or a folder below one:
    /// links depend on the depth) → the rendered sidebar.
    private let sidebars: [String: Sidebar]
    /// The root section's sidebar with absolute links under `base_url`, for `404.html`.
    let absoluteSidebar: String?
    /// Slug → which group of `sections:` (among those with pages) holds it: that one is open.
    private let groupOfSlug: [String: Int]

    /// `previous`: an earlier cache of a site with the same layout and the same entries every
    /// sidebar lists (`serve`), whose sidebars are kept but for those of the sections `changed` names.
    init(site: Site, index: NavigationIndex, templates: TemplateRenderer, keeping previous: SidebarCache? = nil, except changed: Set<String> = []) throws(BuildFailure) {
        // Each lists every section: on a large site, rendering them one by one took a tenth of the build.
        // Each section's folder, and any folder below one that holds notes (`deep/er`).
        var folders = site.sections.map { (folder: $0.path, section: $0.path) }
        var seen = Set(folders.map(\.folder))
        for page in site.pages where !page.section.isEmpty {
            let folder = SidebarCache.folder(of: page.slug)
            if seen.insert(folder).inserted { folders.append((folder, page.section)) }
        }
        let rendered = try folders.concurrentMap { entry throws(BuildFailure) in
            if !changed.contains(entry.section), let kept = previous?.sidebars[entry.folder] { return kept }
            // Any page of the folder stands for all: they share the depth and the open section.
            let representative = entry.folder.isEmpty ? "index" : entry.folder + "/index"
            let context = SidebarCache.navigation(site: site, index: index, section: entry.section) { relativeHref(to: $0, from: representative) }
            let html = try SidebarCache.render(context, templates: templates)
            return Sidebar(html: html, marks: SidebarCache.hrefEnds(in: html), groupEnds: SidebarCache.ends(of: SidebarCache.groupMarker, in: html))
        }
        groupOfSlug = SidebarCache.groupOrdinals(site)
        sidebars = Dictionary(uniqueKeysWithValues: zip(folders.map(\.folder), rendered))
        absoluteSidebar = try site.config.baseURL.map { base throws(BuildFailure) in
            try SidebarCache.render(SidebarCache.navigation(site: site, index: index, section: "") { base + $0 }, templates: templates)
        }
    }

    private static func render(_ context: NavigationContext, templates: TemplateRenderer) throws(BuildFailure) -> String {
        var html = try templates.render(context, template: "navlist")
        // The layout puts `{{{navigation}}}` on a line of its own, which ends it already.
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }

    /// The sidebar for the page `slug`, with its own link marked as the current page.
    func html(for slug: String) -> String {
        guard let sidebar = sidebars[SidebarCache.folder(of: slug)] else { return "" }
        let target = "href=\"" + HTMLEscape.attribute(relativeHref(to: slug + ".html", from: slug)) + "\""
        guard let end = sidebar.marks[target[...]] else { return sidebar.html }
        var insertions = [(end, " aria-current=\"page\"")]
        if let group = groupOfSlug[slug], group < sidebar.groupEnds.count { insertions.append((sidebar.groupEnds[group], " open")) }
        let utf8 = sidebar.html.utf8
        var marked = ""
        marked.reserveCapacity(utf8.count + 32)
        var from = utf8.startIndex
        for (offset, text) in insertions.sorted(by: { $0.0 < $1.0 }) {
            let split = utf8.index(utf8.startIndex, offsetBy: offset)
            marked += Substring(utf8[from..<split])
            marked += text
            from = split
        }
        marked += Substring(utf8[from...])
        return marked
    }

    /// `deep/er/note` → `deep/er`; `""` for a page at the root.
    static func folder(of slug: String) -> String {
        slug.lastIndex(of: "/").map { String(slug[..<$0]) } ?? ""
    }

    /// Home, the root section's pages and the glossary, then every section, with the
    /// pages of `section` listed under it. `href` turns a site-root path into a link.
    static func navigation(site: Site, index: NavigationIndex, section current: String, href: (String) -> String) -> NavigationContext {
        func link(_ title: String, _ target: String) -> NavigationContext.Link {
            NavigationContext.Link(title: title, href: href(target + ".html"))
        }
        // The root's pages under the headings of `sections:` (site.yml), the rest before them.
        let ranks = PageGroups.ranks(site.config.pageGroups)
        var pages: [NavigationContext.Link] = []
        var groups = site.config.pageGroups.map { NavigationContext.GroupEntry(title: $0.title, pages: []) }
        for pageIndex in index.pages(in: "") {
            let page = site.pages[pageIndex]
            if let rank = ranks[page.slug] { groups[rank].pages.append(link(page.title, page.slug)) } else { pages.append(link(page.title, page.slug)) }
        }
        let glossary = site.glossary.isEmpty ? nil : link(GlossaryContext.title, GlossaryContext.slug)
        // The study pages (flashcards, practice, print, cheat sheet) under a heading of their own.
        if !site.generatedPages.isEmpty {
            groups.append(NavigationContext.GroupEntry(title: "Study", pages: site.generatedPages.map { link($0.title, $0.slug) }))
        }
        let sections = site.sections.filter { !$0.isRoot }.map { section in
            let isCurrent = section.path == current
            return NavigationContext.SectionEntry(
                title: section.title,
                href: href(section.path + "/index.html"),
                isCurrent: isCurrent,
                pages: isCurrent ? index.pages(in: section.path).map { link(site.pages[$0].title, site.pages[$0].slug) } : [])
        }
        return NavigationContext(home: link("Home", "index"), pages: pages, groups: groups.filter { !$0.pages.isEmpty }, glossary: glossary, sections: sections)
    }

    /// Every `href="…"` of a sidebar, once, so marking a page is one lookup and not a search.
    static func hrefEnds(in html: String) -> [Substring: Int] {
        var ends: [Substring: Int] = [:]
        let bytes = Array(html.utf8)
        let prefix = Array("href=\"".utf8)
        var offset = 0
        while offset + prefix.count <= bytes.count {
            guard bytes[offset..<offset + prefix.count].elementsEqual(prefix),
                let close = bytes[(offset + prefix.count)...].firstIndex(of: UInt8(ascii: "\""))
            else {
                offset += 1
                continue
            }
            let utf8 = html.utf8
            let attribute = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: close + 1)])
            if ends[attribute] == nil { ends[attribute] = close + 1 }
            offset = close + 1
        }
        return ends
    }
}
