/// `sitemap.xml`, written only when `base_url` says where the site lives.
struct Sitemap {
    let site: Site

    var xml: String? {
        guard let base = site.config.baseURL else { return nil }
        var paths = [""]
        paths += site.sections.filter { !$0.isRoot }.map { $0.path + "/index.html" }
        // A note at `index.md` is the folder's page, listed above.
        paths += site.pages.filter { !$0.isFolderIndex }.map(\.outputPath)
        if !site.glossary.isEmpty { paths.append(GlossaryContext.outputPath) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            xml += "  <url><loc>\(HTMLEscape.text(base + path))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
