/// What the first Markdown pass learns about a note, before any HTML is made.
struct DocumentAnalysis: Sendable {
    var headings: [Heading] = []
    var definitions: [TermDefinition] = []
    var blocks: [GeneratorBlock] = []
    /// Prose outside code and headings, as written, one block a line.
    var searchableText = ""
    var diagnostics: [Diagnostic] = []
}
