/// The Render stage: every page of the site through the templates, as files handed to the Output stage.
struct SiteRenderer {
    let site: Site
    let templates: TemplateRenderer
    let navigationIndex: NavigationIndex
    let sidebars: SidebarCache
    let siteInfo: LayoutContext.SiteInfo

    /// `sidebars`: the sidebars of an earlier renderer of a site with the same layout and the
    /// same entries every sidebar lists (`serve`); those of the sections `changedSections`
    /// names are made again, the others kept.
    init(site: Site, templates: TemplateRenderer, sidebars: SidebarCache? = nil, changedSections: Set<String> = []) throws(BuildFailure) {
        self.site = site
        self.templates = templates
        siteInfo = LayoutContext.SiteInfo(site.config, headerLinks: SiteRenderer.headerLinks(site))
        navigationIndex = NavigationIndex(pages: site.pages)
        if let sidebars, changedSections.isEmpty {
            self.sidebars = sidebars
        } else {
            self.sidebars = try SidebarCache(site: site, index: navigationIndex, templates: templates, keeping: sidebars, except: changedSections)
        }
    }

    /// The context each template renders with, for `TemplateRenderer.unknownFieldWarnings`.
    static let templateContexts: [(template: String, context: any TemplateContext.Type)] = [
        ("layout", LayoutContext.self), ("page", PageContext.self), ("index", IndexContext.self),
        ("404", NotFoundContext.self), ("glossary", GlossaryContext.self), ("navlist", NavigationContext.self),
        ("topics", TopicsContext.self),
    ]

    /// One file of the site, by what it renders.
    enum File: Sendable {
        case home, notFound, glossary, sitemap, topics
        case sectionIndex(Int)
        case note(Int)
        case generated(Int)
    }

    /// Every file the site has: the home and 404 pages first, the glossary and the sitemap
    /// when the site has them, then the section indexes and the notes. A note at `index.md`
    /// (at the top or in a section) is that folder's page; the generated one is left out.
    var files: [File] {
        let written = Set(site.pages.lazy.filter(\.isFolderIndex).map(\.section))
        var files: [File] = written.contains("") ? [.notFound] : [.home, .notFound]
        if !site.glossary.isEmpty { files.append(.glossary) }
        // Template folders made before the topics page have no topics.mustache (nor a link to it).
        if templates.hasTemplate("topics") { files.append(.topics) }
        if site.config.baseURL != nil { files.append(.sitemap) }
        files += site.sections.indices.filter { !site.sections[$0].isRoot && !written.contains(site.sections[$0].path) }.map(File.sectionIndex)
        files += site.pages.indices.map(File.note)
        files += site.generatedPages.indices.map(File.generated)
        return files
    }

    /// Output paths of every file `renderFiles` emits, so their folders can be made first.
    var outputPaths: [String] { files.map(path) }

    func path(_ file: File) -> String {
        switch file {
        case .home: "index.html"
        case .notFound: "404.html"
        case .glossary: GlossaryContext.outputPath
        case .sitemap: "sitemap.xml"
        case .topics: TopicsContext.outputPath
        case .sectionIndex(let index): site.sections[index].path + "/index.html"
        case .note(let index): site.pages[index].outputPath
        case .generated(let index): site.generatedPages[index].outputPath
        }
    }

    /// Every file the site has, handed to `emit` (output path, contents) as soon as it is
    /// rendered. Files render on every core (cmark is done by now), the home page and the
    /// glossary alongside the notes (each lists the whole site), so `emit` is called from
    /// several threads at once. Returns how many files were emitted.
    @discardableResult
    func renderFiles(_ emit: @Sendable (String, String) throws(BuildFailure) -> Void) throws(BuildFailure) -> Int {
        let files = files
        _ = try files.concurrentMap { file throws(BuildFailure) in try emit(path(file), try render(file)) }
        return files.count
    }

    func render(_ file: File) throws(BuildFailure) -> String {
        switch file {
        case .home: try renderHome()
        case .notFound: try render404()
        case .glossary: try renderGlossary()
        case .sitemap: Sitemap(site: site).xml ?? ""
        case .topics: try renderTopics()
        case .sectionIndex(let index): try renderSectionIndex(site.sections[index])
        case .note(let index): try renderNote(site.pages[index], at: index)
        case .generated(let index): try renderGenerated(site.generatedPages[index])
        }
    }

    // MARK: Pages

    func renderNote(_ page: Page, at index: Int) throws(BuildFailure) -> String {
        let root = LinkRewriter(pageSlug: page.slug).rootPrefix
        let neighbour = { (other: Page) in PageContext.Neighbour(title: other.title, href: relativeHref(to: other.outputPath, from: page.slug)) }
        let context = PageContext(
            title: page.title, summary: page.summary.nonEmpty, content: page.contentHTML,
            toc: PageRenderer.tableOfContents(page.headings),
            previous: index > 0 ? neighbour(site.pages[index - 1]) : nil,
            next: index + 1 < site.pages.count ? neighbour(site.pages[index + 1]) : nil,
            root: root)
        context.titleID = page.titleID
        let body = try templates.render(context, template: "page")
        return try layout(title: page.title, description: page.summary.isEmpty ? site.config.description : page.summary, slug: page.slug, body: body)
    }

    func renderHome() throws(BuildFailure) -> String {
        var groups: [IndexContext.Group] = []
        for section in site.sections {
            let pages = site.pages.filter { $0.section == section.path }
            if section.isRoot {
                groups += homeGroups(rootPages: pages)
            } else {
                groups.append(IndexContext.Group(
                    title: section.title, href: section.path + "/index.html",
                    entries: pages.map { IndexContext.Entry(title: $0.title, href: $0.outputPath, summary: $0.summary.nonEmpty) }))
            }
        }
        let context = IndexContext(title: site.config.title, description: site.config.description.nonEmpty, start: startPage, groups: groups, root: "")
        let body = try templates.render(context, template: "index")
        return try layout(title: site.config.title, description: site.config.description, slug: "index", body: body)
    }

    func renderSectionIndex(_ section: Section) throws(BuildFailure) -> String {
        let slug = section.path + "/index"
        let entries = site.pages.filter { $0.section == section.path }.map {
            IndexContext.Entry(title: $0.title, href: relativeHref(to: $0.outputPath, from: slug), summary: $0.summary.nonEmpty)
        }
        let context = IndexContext(title: section.title, description: nil, groups: [IndexContext.Group(title: "Pages in this section", href: nil, entries: entries)], root: "../")
        let body = try templates.render(context, template: "index")
        return try layout(title: section.title, description: site.config.description, slug: slug, body: body)
    }

    /// A page a feature stage made whole; only the layout is added, around the page as it is.
    func renderGenerated(_ page: GeneratedPage) throws(BuildFailure) -> String {
        guard let (before, after) = try generatedLayout(page) else {
            return try layout(title: page.title, description: page.description, slug: page.slug, body: page.html)
        }
        // One copy of the body: `a + b + c` may copy it again to make room for `c`.
        var html = ""
        html.reserveCapacity(before.utf8.count + page.html.utf8.count + after.utf8.count)
        html += before
        html += page.html
        html += after
        return html
    }

    /// The layout of a generated page without its body: what comes before and after it. The
    /// print page is 84 MB at 10,000 notes, and Mustache copies a body it inserts; `serve`
    /// copies these halves and the body straight into the file's bytes. The layout is rendered
    /// around two different markers, so the halves are used only where the templates put the
    /// body once, as it is (`{{{body}}}`): then the page with either marker is the other's with
    /// the marker swapped. Otherwise (nil) the page is rendered whole.
    func generatedLayout(_ page: GeneratedPage) throws(BuildFailure) -> (before: String, after: String)? {
        guard !page.html.isEmpty else { return nil }  // `{{#body}}` would tell an empty body from a marker
        let shell = { (body: String) throws(BuildFailure) in try layout(title: page.title, description: page.description, slug: page.slug, body: body) }
        let first = try shell(Self.bodyMarkers.0)
        let ranges = first.ranges(of: Self.bodyMarkers.0)
        guard ranges.count == 1, let range = ranges.first else { return nil }
        let before = String(first[..<range.lowerBound])
        let after = String(first[range.upperBound...])
        guard try shell(Self.bodyMarkers.1) == before + Self.bodyMarkers.1 + after else { return nil }
        return (before, after)
    }

    /// Markers no page holds: escaping (`<`, `"`) or a change of case would show.
    private static let bodyMarkers = ("<studysite-Body-A\"\u{1}>", "<studysite-Body-B\"\u{2}>")

    func renderGlossary() throws(BuildFailure) -> String {
        let context = GlossaryContext(site: site)
        let body = try templates.render(context, template: "glossary")
        return try layout(title: GlossaryContext.title, description: "Glossary of \(site.config.title)", slug: GlossaryContext.slug, body: body)
    }

    func renderTopics() throws(BuildFailure) -> String {
        let body = try templates.render(TopicsContext(site: site), template: "topics")
        return try layout(title: TopicsContext.title, description: "Index of \(site.config.title)", slug: TopicsContext.slug, body: body)
    }

    /// A host serves `404.html` at whatever path was asked for (`/a/b/missing`), where
    /// relative links would lead nowhere; with `base_url` every link of the page is absolute.
    /// (`<base href>` would do it too, but would also send the skip link and the menu's
    /// `#contents` to the home page.)
    func render404() throws(BuildFailure) -> String {
        let home = site.config.baseURL ?? "index.html"
        let context = NotFoundContext(title: "Page not found", home: home)
        let body = try templates.render(context, template: "404")
        return try layout(
            title: "Page not found", description: site.config.description, slug: "404", body: body, canonical: false,
            root: site.config.baseURL, navigation: sidebars.absoluteSidebar)
    }

    // MARK: Layout

    func layout(
        title: String, description: String, slug: String, body: String, canonical: Bool = true,
        root: String? = nil, navigation: String? = nil
    ) throws(BuildFailure) -> String {
        let isHome = slug == "index"
        let context = LayoutContext(
            site: siteInfo,
            title: title,
            documentTitle: isHome ? site.config.title : "\(title) · \(site.config.title)",
            description: description.nonEmpty,
            root: root ?? LinkRewriter(pageSlug: slug).rootPrefix,
            canonicalURL: canonical ? site.config.baseURL.map { $0 + (isHome ? "" : slug + ".html") } : nil,
            navigation: navigation ?? sidebars.html(for: slug),
            body: body)
        return try templates.render(context, template: "layout")
    }
}

/// A link from the page `slug` to `target` (both relative to the site root), so the
/// site works from disk and from any URL subpath.
func relativeHref(to target: String, from slug: String) -> String {
    LinkRewriter(pageSlug: slug).rootPrefix + target
}

extension String {
    /// nil for an empty string, so `{{#field}}` sections skip it.
    var nonEmpty: String? { isEmpty ? nil : self }
}
