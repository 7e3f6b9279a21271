/// `print.html`: the whole course in one document, in order, as mdBook's print page: a
/// contents list, each note on a new printed page, then the glossary and the reference
/// tables. Ids are prefixed per note and links between notes stay inside the document
/// (see `PrintLinks`); every `<details>` is open, since paper cannot click.
enum PrintPage {
    static let slug = "print"
    static let title = "Print version"
    static let glossarySlug = "glossary"

    static func page(_ site: Site, referenceBlockNames: Set<String>) -> GeneratedPage {
        let links = PrintLinks(slugs: site.pages.map(\.slug) + (site.glossary.isEmpty ? [] : [glossarySlug]))
        var html = "<article class=\"study-page print-course\">\n<header class=\"print-cover\">\n"
        html += "<h1>\(HTMLEscape.text(site.config.title))</h1>\n"
        if !site.config.description.isEmpty { html += "<p class=\"summary\">\(HTMLEscape.text(site.config.description))</p>\n" }
        html += "</header>\n<nav class=\"print-contents\" aria-labelledby=\"print-contents\">\n<h2 id=\"print-contents\">Contents</h2>\n<ol>\n"
        for page in site.pages {
            html += "<li><a href=\"#\(links.prefixes[page.slug]!)\">\(HTMLEscape.text(page.title))</a></li>\n"
        }
        if !site.glossary.isEmpty { html += "<li><a href=\"#\(glossarySlug)\">Glossary</a></li>\n" }
        let tables = referenceTables(site, names: referenceBlockNames)
        if !tables.isEmpty { html += "<li><a href=\"#reference-tables\">Reference tables</a></li>\n" }
        html += "</ol>\n</nav>\n"
        for page in site.pages {
            let prefix = links.prefixes[page.slug]!
            // A title taken from the note's first heading keeps that heading's id here too.
            let titleID = page.titleID.map { " id=\"\(prefix)--\($0)\"" } ?? ""
            html += "<section class=\"print-note\"\(titleID) aria-labelledby=\"\(prefix)\">\n<h2 class=\"print-note-title\" id=\"\(prefix)\">\(HTMLEscape.text(page.title))</h2>\n"
            if !page.summary.isEmpty { html += "<p class=\"summary\">\(HTMLEscape.text(page.summary))</p>\n" }
            html += "<div class=\"print-note-body\">\n" + links.rewrite(page.contentHTML, of: page.slug, layout: .init(demotesHeadings: true, opensDetails: true)) + "</div>\n</section>\n"
        }
        if !site.glossary.isEmpty {
            html += "<section class=\"print-note print-glossary\" aria-labelledby=\"\(glossarySlug)\">\n<h2 class=\"print-note-title\" id=\"\(glossarySlug)\">Glossary</h2>\n<dl>\n"
            for entry in site.glossary {
                html += "<dt id=\"\(glossarySlug)--\(entry.id)\">\(HTMLEscape.text(entry.term))</dt>\n<dd>"
                html += links.rewrite(MarkdownText.html(entry.definition, pageSlug: glossarySlug), of: glossarySlug, layout: opened) + "</dd>\n"
            }
            html += "</dl>\n</section>\n"
        }
        if !tables.isEmpty {
            html += "<section class=\"print-note print-tables\" aria-labelledby=\"reference-tables\">\n<h2 class=\"print-note-title\" id=\"reference-tables\">Reference tables</h2>\n"
            for (index, table) in tables.enumerated() {
                html += "<h3>From <a href=\"#\(links.prefixes[table.page.slug]!)\">\(HTMLEscape.text(table.page.title))</a></h3>\n"
                html += links.rewrite(table.html, of: "reference-tables-\(index + 1)", layout: opened) + "\n"
            }
            html += "</section>\n"
        }
        html += "</article>\n"
        return GeneratedPage(slug: slug, title: title, description: "\(site.config.title), every note in one printable document", html: html)
    }

    /// The generated blocks of the reference-table generators, in site order.
    static func referenceTables(_ site: Site, names: Set<String>) -> [(page: Page, html: String)] {
        site.pages.flatMap { page in
            page.blocks.filter { names.contains($0.name) }.compactMap { block in
                site.generatedBlocks[block.location].map { (page, $0) }
            }
        }
    }

    /// Every `<details>` open, since paper cannot click.
    static let opened = PrintLinks.Layout(opensDetails: true)
}
