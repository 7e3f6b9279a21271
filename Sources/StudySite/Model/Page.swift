/// One note: what was loaded from its file, and what later stages learned about it.
public struct Page: Sendable {
    /// Path of the Markdown file as shown in messages, e.g. `content/vpc.md`.
    public var sourcePath: String
    /// Output path without extension, relative to the site root: `vpc`, `networking/vpc`.
    public var slug: String
    /// Section folder (`""` for the root section).
    public var section: String
    public var title: String
    public var order: Int
    public var summary: String
    /// Extra glossary terms listed in front matter.
    public var declaredTerms: [DeclaredTerm]
    /// The Markdown after the front matter (emptied by the Markdown pass, its only reader).
    public var markdown: String
    /// File line of the first Markdown line, so AST lines map back to the file.
    public var bodyStartLine: Int

    // Filled by the Markdown stage.
    public var headings: [Heading] = []
    public var definitions: [TermDefinition] = []
    public var blocks: [GeneratorBlock] = []
    /// Prose outside code and headings, as written, for "used in" lookups (emptied once the glossary is made).
    public var searchableText: String = ""
    /// Plain text under each heading, for the search index: `[0]` before the first heading,
    /// `[i + 1]` under `headings[i]` (emptied once the index is made).
    public var sectionTexts: [String] = []
    /// The body HTML, holes left for term links and generated blocks.
    var draft = BodyDraft()

    // Filled by the Render stage of the pipeline.
    public var contentHTML: String = ""

    public init(
        sourcePath: String,
        slug: String,
        section: String = "",
        title: String,
        order: Int = 0,
        summary: String = "",
        declaredTerms: [DeclaredTerm] = [],
        markdown: String,
        bodyStartLine: Int = 1
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.section = section
        self.title = title
        self.order = order
        self.summary = summary
        self.declaredTerms = declaredTerms
        self.markdown = markdown
        self.bodyStartLine = bodyStartLine
    }

    /// `vpc.html`, `networking/vpc.html`.
    public var outputPath: String { slug + ".html" }

    /// Maps a line of `markdown` to the line in the file.
    public func location(line: Int, column: Int = 0) -> SourceLocation {
        SourceLocation(path: sourcePath, line: line > 0 ? line + bodyStartLine - 1 : 0, column: column)
    }
}
