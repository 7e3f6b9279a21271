/// `print.html`: the whole course in one document, in order, as mdBook's print page: a
/// contents list, each note on a new printed page, then the glossary and the reference
/// tables. Ids are prefixed per note and links between notes stay inside the document
/// (see `PrintLinks`); every `<details>` is open, since paper cannot click.
enum PrintPage {
    static let slug = "print"
    static let title = "Print version"
    static let glossarySlug = "glossary"

    /// What makes each note's part of the page: `noteSections` in a build; `serve` keeps
    /// the parts of unchanged notes between builds and makes only the others.
    typealias NoteSections = ([Page], PrintLinks) -> [String]

    static func page(_ site: Site, referenceBlockNames: Set<String>, noteSections: NoteSections = PrintPage.noteSections(_:links:)) -> GeneratedPage {
        let links = Self.links(for: site)
        let sections = noteSections(site.pages, links)
        var html = ""
        // The notes are most of the page (84 MB at 10,000 notes): room for all of them at once,
        // not a copy of everything so far each time the string outgrows its buffer.
        html.reserveCapacity(sections.reduce(1 << 16) { $0 + $1.utf8.count } + site.pages.count * 128)
        html += "<article class=\"study-page print-course\">\n<header class=\"print-cover\">\n"
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
        for section in sections { html += section }
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
            var notesShown: Set<Substring> = []  // a caveat once in the section, as on a page
            for (index, table) in tables.enumerated() {
                html += "<h3>From <a href=\"#\(links.prefixes[table.page.slug]!)\">\(HTMLEscape.text(table.page.title))</a></h3>\n"
                html += links.rewrite(GeneratedHTML.droppingRepeatedNotes(table.html, seen: &notesShown), of: "reference-tables-\(index + 1)", layout: opened) + "\n"
            }
            html += "</section>\n"
        }
        html += "</article>\n"
        var page = withoutBody(site)
        page.html = html
        return page
    }

    /// The page with its title and description but no body: what `serve` puts in the site
    /// (its links and sidebar read no more) and fills when a browser asks for the page.
    static func withoutBody(_ site: Site) -> GeneratedPage {
        GeneratedPage(slug: slug, title: title, description: "\(site.config.title), every note in one printable document", html: "")
    }

    /// The ids and links of the print page: a prefix per note, and the glossary's.
    static func links(for site: Site) -> PrintLinks {
        PrintLinks(slugs: site.pages.map(\.slug) + (site.glossary.isEmpty ? [] : [glossarySlug]))
    }

    /// Every note's part, each rewritten on its own: on both cores (a 10,000-page course is 84 MB of notes).
    static func noteSections(_ pages: [Page], links: PrintLinks) -> [String] {
        pages.concurrentMap { noteSection($0, links: links) }
    }

    /// One note's part of the page: its title, summary and body with ids, links and headings
    /// rewritten. It reads only the note's slug, title, title id, summary and HTML, and `links`.
    static func noteSection(_ page: Page, links: PrintLinks) -> String {
        let prefix = links.prefixes[page.slug]!
        let body = links.rewrite(page.contentHTML, of: page.slug, layout: .init(demotesHeadings: true, opensDetails: true))
        // A title taken from the note's first heading keeps that heading's id here too.
        let titleID = page.titleID.map { " id=\"\(prefix)--\($0)\"" } ?? ""
        var html = "<section class=\"print-note\"\(titleID) aria-labelledby=\"\(prefix)\">\n<h2 class=\"print-note-title\" id=\"\(prefix)\">\(HTMLEscape.text(page.title))</h2>\n"
        if !page.summary.isEmpty { html += "<p class=\"summary\">\(HTMLEscape.text(page.summary))</p>\n" }
        return html + "<div class=\"print-note-body\">\n" + body + "</div>\n</section>\n"
    }

    /// The generated blocks of the reference-table generators, in site order, each table once
    /// (a block whose table another block holds is left out).
    static func referenceTables(_ site: Site, names: Set<String>) -> [(page: Page, html: String)] {
        site.pages.flatMap { page in
            page.blocks.filter { names.contains($0.name) && site.repeatedBlocks[$0.location] == nil }.compactMap { block in
                site.generatedBlocks[block.location].map { (page, $0) }
            }
        }
    }

    /// Every `<details>` open, since paper cannot click.
    static let opened = PrintLinks.Layout(opensDetails: true)
}
