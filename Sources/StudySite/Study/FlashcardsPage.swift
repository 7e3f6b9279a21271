/// `flashcards.html`: every glossary term as a card, grouped by section and note, once
/// from term to definition and once from definition to term. On paper the cards print
/// in a grid with cut lines; each card's answer is below its fold line.
enum FlashcardsPage {
    static let slug = "flashcards"
    static let title = "Flashcards"

    static func page(_ groups: StudyGroups) -> GeneratedPage {
        var html = "<article class=\"study-page flashcards\">\n<h1>\(title)</h1>\n"
        html += "<p class=\"study-intro\">\(groups.termCount) terms, in both directions. Cover the part below the line, recall it, then check. "
        html += "Printed, the cards cut apart and fold on the dashed line.</p>\n"
        html += "<nav aria-label=\"Directions\"><ul class=\"inline-list\"><li><a href=\"#term-to-definition\">Term → definition</a></li>"
        html += "<li><a href=\"#definition-to-term\">Definition → term</a></li></ul></nav>\n"
        for (id, heading, termFirst) in [("term-to-definition", "Term → definition", true), ("definition-to-term", "Definition → term", false)] {
            html += "<section class=\"card-direction\" aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(heading)</h2>\n"
            for (groupIndex, group) in groups.groups.enumerated() {
                let notes = group.notes.filter { !$0.terms.isEmpty }
                guard !notes.isEmpty else { continue }
                if groups.groups.count > 1 { html += "<h3 class=\"card-section\">\(HTMLEscape.text(group.title))</h3>\n" }
                for (noteIndex, note) in notes.enumerated() {
                    let headingID = "\(id)-\(groupIndex + 1)-\(noteIndex + 1)"
                    html += cards(note.terms, heading: note.page.title, id: headingID, termFirst: termFirst, level: groups.groups.count > 1 ? 4 : 3)
                }
            }
            if !groups.unplacedTerms.isEmpty {
                html += cards(groups.unplacedTerms, heading: StudyGroups.otherTermsTitle, id: "\(id)-other", termFirst: termFirst, level: 3)
            }
            html += "</section>\n"
        }
        html += "</article>\n"
        return GeneratedPage(slug: slug, title: title, description: "Flashcards of every term of \(groups.siteTitle)", html: html)
    }

    private static func cards(_ terms: [GlossaryEntry], heading: String, id: String, termFirst: Bool, level: Int) -> String {
        var html = "<h\(level) id=\"\(id)\" class=\"card-group\">\(HTMLEscape.text(heading))</h\(level)>\n<ul class=\"cards\" aria-labelledby=\"\(id)\">\n"
        for entry in terms {
            let term = "<p class=\"card-term\">\(HTMLEscape.text(entry.term))</p>"
            let definition = "<div class=\"card-definition\">" + MarkdownText.html(entry.definition, pageSlug: slug) + "</div>"
            html += "<li class=\"card\"><div class=\"card-front\">\(termFirst ? term : definition)</div>"
            html += "<div class=\"card-back\">\(termFirst ? definition : term)</div></li>\n"
        }
        return html + "</ul>\n"
    }
}
