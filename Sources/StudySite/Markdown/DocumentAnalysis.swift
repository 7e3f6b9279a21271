/// What the Markdown pass learns about a note, and its HTML with holes for what later stages add.
struct DocumentAnalysis: Sendable {
    var headings: [Heading] = []
    /// The first `#` heading's text and id, for a note whose title comes from it.
    var title: (text: String, id: String)?
    var definitions: [TermDefinition] = []
    var blocks: [GeneratorBlock] = []
    /// Prose outside code and headings, as written, one block a line.
    var searchableText = ""
    var links: [SourceLink] = []
    var rawHTMLIDs: Set<String> = []
    /// Plain text under each heading, code included: `[0]` before the first heading, `[i + 1]` under `headings[i]`.
    var sectionTexts = [""]
    var diagnostics: [Diagnostic] = []
    var draft = BodyDraft()
}

extension DocumentAnalysis {
    /// Adds words to the text of the section being read; `separated` starts a new block.
    mutating func addSectionText(_ text: String, separated: Bool = false) {
        let last = sectionTexts.count - 1
        if separated, !sectionTexts[last].isEmpty, sectionTexts[last].last != " " { sectionTexts[last] += " " }
        sectionTexts[last] += text
    }
}
