/// What the Markdown pass learns about a note, and its HTML with holes for what later stages add.
struct DocumentAnalysis: Sendable {
    var headings: [Heading] = []
    var definitions: [TermDefinition] = []
    var blocks: [GeneratorBlock] = []
    /// Prose outside code and headings, as written, one block a line.
    var searchableText = ""
    var links: [SourceLink] = []
    var rawHTMLIDs: Set<String> = []
    var diagnostics: [Diagnostic] = []
    var draft = BodyDraft()
}
