/// The Render stage: every page of the site through the templates, as files.
struct SiteRenderer {
    let site: Site
    let templates: TemplateRenderer
    let navigationIndex: NavigationIndex
    let sidebars: SidebarCache

    init(site: Site, templates: TemplateRenderer) throws(BuildFailure) {
        self.site = site
        self.templates = templates
        navigationIndex = NavigationIndex(pages: site.pages)
        sidebars = try SidebarCache(site: site, index: navigationIndex, templates: templates)
    }

    /// Output path → file contents, for every page the site has.
    func renderFiles() throws(BuildFailure) -> [String: String] {
        var files: [String: String] = [:]
        files["index.html"] = try renderHome()
        for section in site.sections where !section.isRoot {
            files[section.path + "/index.html"] = try renderSectionIndex(section)
        }
        // Notes render concurrently (cmark is done by now); each lands under its own path.
        let notes = try site.pages.indices.concurrentMap { index throws(BuildFailure) in try renderNote(site.pages[index], at: index) }
        for (page, html) in zip(site.pages, notes) { files[page.outputPath] = html }
        if !site.glossary.isEmpty {
            files[GlossaryContext.outputPath] = try renderGlossary()
        }
        files["404.html"] = try render404()
        if let sitemap = Sitemap(site: site).xml {
            files["sitemap.xml"] = sitemap
        }
        return files
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
        let body = try templates.render(context, template: "page")
        return try layout(title: page.title, description: page.summary.isEmpty ? site.config.description : page.summary, slug: page.slug, body: body)
    }

    func renderHome() throws(BuildFailure) -> String {
        var groups: [IndexContext.Group] = []
        for section in site.sections {
            let pages = site.pages.filter { $0.section == section.path }
            if section.isRoot {
                var entries = pages.map { IndexContext.Entry(title: $0.title, href: $0.outputPath, summary: $0.summary.nonEmpty) }
                if !site.glossary.isEmpty {
                    entries.append(IndexContext.Entry(title: GlossaryContext.title, href: GlossaryContext.outputPath, summary: "Every term the notes define, A to Z."))
                }
                if !entries.isEmpty { groups.append(IndexContext.Group(title: "Pages", href: nil, entries: entries)) }
            } else {
                groups.append(IndexContext.Group(
                    title: section.title, href: section.path + "/index.html",
                    entries: pages.map { IndexContext.Entry(title: $0.title, href: $0.outputPath, summary: $0.summary.nonEmpty) }))
            }
        }
        let context = IndexContext(title: site.config.title, description: site.config.description.nonEmpty, groups: groups, root: "")
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

    func renderGlossary() throws(BuildFailure) -> String {
        let context = GlossaryContext(site: site)
        let body = try templates.render(context, template: "glossary")
        return try layout(title: GlossaryContext.title, description: "Glossary of \(site.config.title)", slug: GlossaryContext.slug, body: body)
    }

    func render404() throws(BuildFailure) -> String {
        let home = site.config.baseURL ?? "index.html"
        let context = NotFoundContext(title: "Page not found", home: home)
        let body = try templates.render(context, template: "404")
        return try layout(title: "Page not found", description: site.config.description, slug: "404", body: body, canonical: false)
    }

    // MARK: Layout

    private func layout(title: String, description: String, slug: String, body: String, canonical: Bool = true) throws(BuildFailure) -> String {
        let isHome = slug == "index"
        let context = LayoutContext(
            site: LayoutContext.SiteInfo(title: site.config.title, description: site.config.description, author: site.config.author, language: site.config.language),
            title: title,
            documentTitle: isHome ? site.config.title : "\(title) · \(site.config.title)",
            description: description.nonEmpty,
            root: LinkRewriter(pageSlug: slug).rootPrefix,
            canonicalURL: canonical ? site.config.baseURL.map { $0 + (isHome ? "" : slug + ".html") } : nil,
            navigation: sidebars.html(for: slug),
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
