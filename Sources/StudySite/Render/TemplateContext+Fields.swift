// The fields each template can read, in one list per context (see `TemplateContext`): a
// field must be listed here to be visible to the templates, and a template tag naming
// anything else is reported when the templates load.

extension LayoutContext: TemplateContext {
    static let fields = TemplateFields<LayoutContext>("a layout", [
        .object("site") { $0.site },
        .text("title") { $0.title },
        .text("documentTitle") { $0.documentTitle },
        .text("description") { $0.description },
        .text("root") { $0.root },
        .text("canonicalURL") { $0.canonicalURL },
        .text("navigation") { $0.navigation },
        .text("body") { $0.body },
    ])
}

extension LayoutContext.SiteInfo: TemplateContext {
    static let fields = TemplateFields<LayoutContext.SiteInfo>("the site", [
        .text("title") { $0.title },
        .text("description") { $0.description },
        .text("author") { $0.author },
        .text("language") { $0.language },
        .list("headerLinks") { $0.headerLinks },
        .flag("hasHeaderLinks") { !$0.headerLinks.isEmpty },
        .flag("search") { $0.search },
    ])
}

extension NavigationContext: TemplateContext {
    static let fields = TemplateFields<NavigationContext>("the navigation", [
        .object("home") { $0.home },
        .list("pages") { $0.pages },
        .list("groups") { $0.groups },
        .object("glossary") { $0.glossary },
        .list("sections") { $0.sections },
        .flag("hasSections") { $0.hasSections },
    ])
}

extension NavigationContext.GroupEntry: TemplateContext {
    static let fields = TemplateFields<NavigationContext.GroupEntry>("a navigation group", [
        .text("title") { $0.title },
        .list("pages") { $0.pages },
    ])
}

extension NavigationContext.Link: TemplateContext {
    static let fields = TemplateFields<NavigationContext.Link>("a navigation link", [
        .text("title") { $0.title },
        .text("href") { $0.href },
    ])
}

extension NavigationContext.SectionEntry: TemplateContext {
    static let fields = TemplateFields<NavigationContext.SectionEntry>("a navigation section", [
        .text("title") { $0.title },
        .text("href") { $0.href },
        .flag("isCurrent") { $0.isCurrent },
        .list("pages") { $0.pages },
        // False when the section's only note is its `index.md`, which the section's link opens.
        .flag("hasPages") { !$0.pages.isEmpty },
    ])
}

extension PageContext: TemplateContext {
    static let fields = TemplateFields<PageContext>("a page", [
        .text("title") { $0.title },
        .text("titleID") { $0.titleID },
        .text("summary") { $0.summary },
        .text("content") { $0.content },
        .list("toc") { $0.toc },
        .flag("hasTOC") { $0.hasTOC },
        .object("previous") { $0.previous },
        .object("next") { $0.next },
        .text("root") { $0.root },
    ])
}

extension PageContext.TOCEntry: TemplateContext {
    static let fields = TemplateFields<PageContext.TOCEntry>("a table-of-contents entry", [
        .text("text") { $0.text },
        .text("id") { $0.id },
        .list("children") { $0.children },
        .flag("hasChildren") { $0.hasChildren },
    ])
}

extension PageContext.Neighbour: TemplateContext {
    static let fields = TemplateFields<PageContext.Neighbour>("a previous or next page", [
        .text("title") { $0.title },
        .text("href") { $0.href },
    ])
}

extension IndexContext: TemplateContext {
    static let fields = TemplateFields<IndexContext>("an index page", [
        .text("title") { $0.title },
        .text("description") { $0.description },
        .list("groups") { $0.groups },
        .object("start") { $0.start },
        .text("root") { $0.root },
    ])
}

extension IndexContext.Entry: TemplateContext {
    static let fields = TemplateFields<IndexContext.Entry>("an index entry", [
        .text("title") { $0.title },
        .text("href") { $0.href },
        .text("summary") { $0.summary },
    ])
}

extension IndexContext.Group: TemplateContext {
    static let fields = TemplateFields<IndexContext.Group>("an index group", [
        .text("title") { $0.title },
        .text("href") { $0.href },
        .text("summary") { $0.summary },
        .list("entries") { $0.entries },
    ])
}

extension NotFoundContext: TemplateContext {
    static let fields = TemplateFields<NotFoundContext>("the 404 page", [
        .text("title") { $0.title },
        .text("home") { $0.home },
    ])
}
