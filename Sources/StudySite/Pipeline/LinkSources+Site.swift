import Foundation

extension LinkSources {
    /// From a site the steps up to the generated blocks have made: each note's links, the
    /// links of its generated blocks, the glossary's definitions, and the templates for the rest.
    init(site: Site, templatesDirectory: String) {
        self.init()
        notePages = site.pages.map(\.outputPath)
        for page in site.pages {
            var urls: [String: [SourceLocation]] = [:]
            for link in page.links { urls[Self.key(link.url), default: []].append(link.location) }
            for block in page.blocks {
                guard let html = site.generatedBlocks[block.location] else { continue }
                for url in Self.urls(inHTML: html, page: page.outputPath) { urls[Self.key(url), default: []].append(block.location) }
            }
            written[page.outputPath] = urls
        }
        for entry in site.glossary { termLinks[Self.key(GlossaryContext.outputPath + "#" + entry.id)] = entry.location }
        if !site.glossary.isEmpty {
            var urls: [String: [SourceLocation]] = [:]
            for entry in site.glossary {
                let html = MarkdownText.html(entry.definition, pageSlug: GlossaryContext.slug)
                for url in Self.urls(inHTML: html, page: GlossaryContext.outputPath) { urls[Self.key(url), default: []].append(entry.location) }
            }
            written[GlossaryContext.outputPath] = urls
            // Study pages (flashcards) repeat the definitions, with the same links.
            for page in site.generatedPages { written[page.slug + ".html", default: [:]].merge(urls) { $0 + $1 } }
        }
        let layout = (templatesDirectory as NSString).appendingPathComponent("layout.mustache")
        guard FileManager.default.fileExists(atPath: layout) else { return }
        let generated = site.pages.map(\.outputPath) + site.sections.filter { !$0.path.isEmpty }.map { $0.path + "/index.html" }
            + ["index.html", "404.html"] + (site.glossary.isEmpty ? [] : [GlossaryContext.outputPath])
            + site.generatedPages.map { $0.slug + ".html" }
            // The Search stage's topics page, rendered when the template folder has its template.
            + (FileManager.default.fileExists(atPath: (templatesDirectory as NSString).appendingPathComponent("topics.mustache")) ? [TopicsContext.outputPath] : [])
        for path in generated { templates[path] = SourceLocation(path: layout) }
    }

}
