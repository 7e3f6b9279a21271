import Foundation

/// `anki.tsv`: every glossary term and quiz question as a note in Anki's text-import
/// format. The first column is a stable id that Anki takes as the note's GUID
/// (`#guid column:1`): `<site>/term-…` from the term's anchor, `<site>/<page>/quiz-…` from
/// the question's `id:` or its slug, never from the definition or answer. Re-importing the
/// file after fixing a definition therefore updates the note in place and keeps its
/// review history.
enum AnkiDeck {
    static let path = "anki.tsv"
    static let columns = ["ID", "Front", "Back", "Tags"]

    static func tsv(site: Site, groups: StudyGroups) -> String {
        let deck = oneLine(site.config.title)
        let prefix = Slugger.slugify(site.config.title).nonEmpty ?? "studysite"
        var lines = [
            "#separator:tab", "#html:true", "#notetype:Basic", "#deck:\(deck)",
            "#guid column:1", "#columns:" + columns.joined(separator: "\t"), "#tags column:\(columns.count)",
        ]
        var termPages: [(GlossaryEntry, Page?)] = []
        var questions: [(QuizQuestion, String)] = []
        for group in groups.groups {
            for note in group.notes {
                termPages += note.terms.map { ($0, note.page) }
                questions += note.questions.map { ($0, group.tag) }
            }
        }
        termPages += groups.unplacedTerms.map { ($0, nil) }
        let sectionTag = Dictionary(groups.groups.flatMap { group in group.notes.map { ($0.page.slug, group.tag) } }, uniquingKeysWith: { first, _ in first })
        for (entry, page) in termPages {
            let tags = ["term"] + (page.map { ["section::" + (sectionTag[$0.slug] ?? "course"), "page::" + tag($0.slug)] } ?? ["glossary"])
            lines.append(row(id: "\(prefix)/\(entry.id)", front: HTMLEscape.text(entry.term), back: html(entry.definition), tags: tags))
        }
        for (question, section) in questions {
            var back: String
            switch question.kind {
            case .answer(let answer): back = html(answer)
            case .choices(let choices): back = unlinked(QuizHTML.answerLine(choices, pageSlug: "index"))
            }
            if let explanation = question.explanation { back += "<br>" + html(explanation) }
            var front = html(question.prompt)
            if !question.choices.isEmpty {
                front += "<ol type=\"a\">" + question.choices.map { "<li>" + html($0.text) + "</li>" }.joined() + "</ol>"
            }
            let tags = ["quiz", "section::" + section, "page::" + tag(question.pageSlug)]
            lines.append(row(id: "\(prefix)/\(question.pageSlug)/\(question.id)", front: front, back: back, tags: tags))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field as Anki's CSV reader reads it: on one line, and quoted (quotes doubled)
    /// when it holds a quote, since HTML attributes do.
    static func field(_ text: String) -> String {
        let line = oneLine(text)
        return line.contains("\"") ? "\"" + line.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : line
    }

    private static func row(id: String, front: String, back: String, tags: [String]) -> String {
        [id, front, back, tags.joined(separator: " ")].map(field).joined(separator: "\t")
    }

    /// Markdown as HTML without links: a card has no site to link into.
    private static func html(_ markdown: String) -> String {
        let rendered = MarkdownText.html(markdown).trimmingCharacters(in: .whitespacesAndNewlines)
        let inline = QuizHTML.inlineOrBlock(rendered).inline ?? rendered
        return unlinked(inline)
    }

    /// The HTML without its `<a …>` and `</a>` tags (the text inside stays). A byte scan: a
    /// regular expression per field was a sixth of the AWS site's build.
    static func unlinked(_ html: String) -> String {
        guard html.containsBytes(of: "<a") || html.containsBytes(of: "</a>") else { return html }
        let source = Array(html.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "<") {
                // `<a` ending its name (`<a>`, `<a href=…>`, not `<abbr>`) up to its `>`.
                if index + 1 < source.count, source[index + 1] == UInt8(ascii: "a"),
                    index + 2 == source.count || !isWordByte(source[index + 2]),
                    let end = source[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                    index = end + 1
                    continue
                }
                if source[index...].starts(with: closingTag) {
                    index += closingTag.count
                    continue
                }
            }
            kept.append(source[index])
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let closingTag = Array("</a>".utf8)

    /// What a regular expression's `\b` counts as a word character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Anki tags cannot hold spaces.
    private static func tag(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
