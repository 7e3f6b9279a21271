/// One term of the generated glossary, merged from the notes, `glossary.yml` and front matter.
struct GlossaryEntry: Sendable, Equatable {
    public var term: String
    /// Anchor on the glossary page: `term-availability-zone-az`.
    public var id: String
    /// Markdown.
    public var definition: String
    public var aliases: [String]
    public var see: [String]
    /// Where the winning definition was written.
    public var location: SourceLocation
    /// The page and heading that define it, when a note does.
    public var definedIn: PageAnchor?
    /// Pages whose prose mentions the term or an alias, in site order.
    public var usedIn: [String] = []

    public init(
        term: String, id: String, definition: String, aliases: [String] = [], see: [String] = [],
        location: SourceLocation, definedIn: PageAnchor? = nil
    ) {
        self.term = term
        self.id = id
        self.definition = definition
        self.aliases = aliases
        self.see = see
        self.location = location
        self.definedIn = definedIn
    }
}

/// A page slug and optionally a heading id on it.
struct PageAnchor: Sendable, Equatable {
    public var slug: String
    public var headingID: String?

    public init(slug: String, headingID: String? = nil) {
        self.slug = slug
        self.headingID = headingID
    }
}
