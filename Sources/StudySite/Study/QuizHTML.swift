import Foundation

/// The HTML of a quiz block in a note. Works without JavaScript: a multiple-choice question
/// is a fieldset of radio buttons (one correct choice) or checkboxes (several), and the
/// feedback after each choice is shown by CSS once it is `:checked`; a free-recall answer
/// and every explanation sit in `<details>`.
enum QuizHTML {
    /// `number` is the question's position on the page (1-based), used only for its label.
    static func html(_ questions: [QuizQuestion], firstNumber: Int, pageSlug: String) -> String {
        var html = "<div class=\"quiz\">\n"
        for (offset, question) in questions.enumerated() {
            html += self.question(question, number: firstNumber + offset, pageSlug: pageSlug)
        }
        return html + "</div>\n"
    }

    static func question(_ question: QuizQuestion, number: Int, pageSlug: String) -> String {
        let prompt = inlineOrBlock(MarkdownText.html(question.prompt, pageSlug: pageSlug))
        let id = question.id
        switch question.kind {
        case .answer(let answer):
            var html = "<div class=\"quiz-question quiz-recall\" id=\"\(id)\">\n"
            html += "<p class=\"quiz-number\">Question \(number)</p>\n"
            html += "<div class=\"quiz-prompt\">\(prompt.block)</div>\n"
            html += "<details class=\"quiz-answer\"><summary>Show answer</summary>\n"
            html += MarkdownText.html(answer, pageSlug: pageSlug)
            html += explanation(question, pageSlug: pageSlug)
            return html + "</details>\n</div>\n"
        case .choices(let choices):
            let type = question.isMultipleAnswer ? "checkbox" : "radio"
            var html = "<fieldset class=\"quiz-question quiz-choices\" id=\"\(id)\">\n"
            if let inline = prompt.inline {
                html += "<legend><span class=\"quiz-number\">Question \(number). </span>\(inline)</legend>\n"
            } else {
                html += "<legend><span class=\"quiz-number\">Question \(number)</span></legend>\n<div class=\"quiz-prompt\">\(prompt.block)</div>\n"
            }
            if question.isMultipleAnswer { html += "<p class=\"quiz-hint\">Select every correct answer.</p>\n" }
            for (index, choice) in choices.enumerated() {
                let inputID = "\(id)-choice-\(index + 1)"
                let text = inlineOrBlock(MarkdownText.html(choice.text, pageSlug: pageSlug)).inline ?? HTMLEscape.text(choice.text)
                let feedback = choice.isCorrect
                    ? "<span class=\"quiz-feedback quiz-right\">Correct.</span>"
                    : "<span class=\"quiz-feedback quiz-wrong\">Not this one.</span>"
                html += "<div class=\"quiz-choice\"><input type=\"\(type)\" name=\"\(id)\" id=\"\(inputID)\">"
                html += " <label for=\"\(inputID)\">\(text)</label> \(feedback)</div>\n"
            }
            html += "<details class=\"quiz-answer\"><summary>Show answer</summary>\n"
            html += "<p>" + answerLine(choices, pageSlug: pageSlug) + "</p>\n"
            html += explanation(question, pageSlug: pageSlug)
            return html + "</details>\n</fieldset>\n"
        }
    }

    /// "Answer: a, b" with the correct choices as inline HTML.
    static func answerLine(_ choices: [QuizChoice], pageSlug: String) -> String {
        let correct = choices.filter(\.isCorrect).map { choice in
            inlineOrBlock(MarkdownText.html(choice.text, pageSlug: pageSlug)).inline ?? HTMLEscape.text(choice.text)
        }
        return "<strong>Answer:</strong> " + correct.joined(separator: "; ")
    }

    static func explanation(_ question: QuizQuestion, pageSlug: String) -> String {
        guard let explanation = question.explanation else { return "" }
        return "<div class=\"quiz-explain\">" + MarkdownText.html(explanation, pageSlug: pageSlug) + "</div>\n"
    }

    /// cmark's HTML of a snippet, and its content without `<p>` when it is one paragraph
    /// (a legend or label holds phrasing content only).
    static func inlineOrBlock(_ html: String) -> (block: String, inline: String?) {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") else { return (html, nil) }
        let inner = String(trimmed.dropFirst(3).dropLast(4))
        return (html, inner.contains("<p>") || inner.contains("</p>") ? nil : inner)
    }
}
