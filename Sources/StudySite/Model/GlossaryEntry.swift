/// One term of the generated glossary, merged from the notes, `glossary.yml` and front matter.
struct GlossaryEntry: Sendable, Equatable {
    var term: String
    /// Anchor on the glossary page: `term-availability-zone-az`.
    var id: String
    /// Markdown.
    var definition: String
    var aliases: [String] = []
    var see: [String] = []
    /// Where the winning definition was written.
    var location: SourceLocation
    /// The page and heading that define it, when a note does.
    var definedIn: PageAnchor?
    /// Pages whose prose mentions the term or an alias, in site order.
    var usedIn: [String] = []
}

/// A page slug and optionally a heading id on it.
struct PageAnchor: Sendable, Equatable {
    var slug: String
    var headingID: String?
}
