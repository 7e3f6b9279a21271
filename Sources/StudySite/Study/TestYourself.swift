/// The section at the end of a note that quizzes the reader on the terms it defines:
/// each term is the prompt, its definition is revealed by `<details>`.
enum TestYourself {
    static let title = "Test yourself"

    static func html(_ terms: [GlossaryEntry], id: String, pageSlug: String) -> String {
        // Not a labelled region: the print page holds one per note, and landmarks should differ by name.
        var html = "<section class=\"test-yourself\">\n"
        html += "<h2 id=\"\(id)\">\(title)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section: \(title)\">#</a></h2>\n"
        html += "<p>Say what each term means, then open it to check.</p>\n<ul class=\"recall-list\">\n"
        for entry in terms {
            html += "<li><details><summary>\(HTMLEscape.text(entry.term))</summary>\n"
            html += MarkdownText.html(entry.definition, pageSlug: pageSlug)
            html += "</details></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }
}
