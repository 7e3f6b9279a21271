/// `practice.html`: every quiz question of the course as one numbered test, grouped by
/// section and note, choices lettered, with the answer key at the end. Each question
/// links to its answer and each answer back to its question.
enum PracticePage {
    static let slug = "practice"
    static let title = "Practice questions"

    static func page(_ groups: StudyGroups) -> GeneratedPage {
        var html = "<article class=\"study-page practice\">\n<h1>\(title)</h1>\n"
        html += "<p class=\"study-intro\">\(groups.questionCount) questions from the notes. "
        html += "The <a href=\"#answer-key\">answer key</a> is at the end.</p>\n"
        var key = "<section class=\"answer-key\" aria-labelledby=\"answer-key\">\n<h2 id=\"answer-key\">Answer key</h2>\n<ol class=\"answers\">\n"
        var number = 0
        for (groupIndex, group) in groups.groups.enumerated() {
            let notes = group.notes.filter { !$0.questions.isEmpty }
            guard !notes.isEmpty else { continue }
            let level = groups.groups.count > 1 ? 3 : 2
            if level == 3 { html += "<h2 id=\"practice-section-\(groupIndex + 1)\">\(HTMLEscape.text(group.title))</h2>\n" }
            for note in notes {
                let id = "practice-" + Slugger.slugify(note.page.slug)
                html += "<section class=\"practice-note\" aria-labelledby=\"\(id)\">\n"
                html += "<h\(level) id=\"\(id)\">\(HTMLEscape.text(note.page.title))</h\(level)>\n"
                html += "<ol class=\"questions\" start=\"\(number + 1)\">\n"
                for question in note.questions {
                    number += 1
                    html += item(question, number: number)
                    key += answer(question, number: number)
                }
                html += "</ol>\n</section>\n"
            }
        }
        html += key + "</ol>\n</section>\n</article>\n"
        return GeneratedPage(slug: slug, title: title, description: "Every practice question of \(groups.siteTitle), with an answer key", html: html)
    }

    static func item(_ question: QuizQuestion, number: Int) -> String {
        var html = "<li id=\"question-\(number)\" class=\"practice-question\">"
        html += MarkdownText.html(question.prompt, pageSlug: slug)
        let choices = question.choices
        if !choices.isEmpty {
            if question.isMultipleAnswer { html += "<p class=\"quiz-hint\">Select every correct answer.</p>\n" }
            html += "<ol class=\"practice-choices\" type=\"a\">\n"
            for choice in choices {
                html += "<li>" + inline(choice.text) + "</li>\n"
            }
            html += "</ol>\n"
        }
        html += "<p class=\"practice-link\"><a href=\"#answer-\(number)\">Answer \(number)</a></p></li>\n"
        return html
    }

    static func answer(_ question: QuizQuestion, number: Int) -> String {
        var html = "<li id=\"answer-\(number)\" value=\"\(number)\">"
        switch question.kind {
        case .answer(let answer):
            html += MarkdownText.html(answer, pageSlug: slug)
        case .choices(let choices):
            let letters = choices.enumerated().filter { $0.element.isCorrect }.map { offset, choice in
                "(\(letter(offset))) " + inline(choice.text)
            }
            html += "<p>" + letters.joined(separator: "; ") + "</p>\n"
        }
        html += QuizHTML.explanation(question, pageSlug: slug)
        let source = question.pageSlug + ".html#" + question.id
        html += "<p class=\"practice-link\"><a href=\"#question-\(number)\">Back to question \(number)</a> · "
        html += "<a href=\"\(HTMLEscape.attribute(source))\">In the notes</a></p></li>\n"
        return html
    }

    static func letter(_ offset: Int) -> String {
        offset < 26 ? String(UnicodeScalar(UInt8(ascii: "a") + UInt8(offset))) : String(offset + 1)
    }

    private static func inline(_ markdown: String) -> String {
        QuizHTML.inlineOrBlock(MarkdownText.html(markdown, pageSlug: slug)).inline ?? HTMLEscape.text(markdown)
    }
}
