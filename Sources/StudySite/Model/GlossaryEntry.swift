/// One term of the generated glossary, merged from the notes, `glossary.yml` and front matter.
public struct GlossaryEntry: Sendable, Equatable {
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
    /// Which mentions become links (`link:` in glossary.yml).
    public var link: TermLinkMode = .always

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
public struct PageAnchor: Sendable, Equatable {
    public var slug: String
    public var headingID: String?

    public init(slug: String, headingID: String? = nil) {
        self.slug = slug
        self.headingID = headingID
    }
}

/// `link:` of a glossary.yml entry: which mentions of a term link to the glossary.
public enum TermLinkMode: String, Sendable, Equatable, CaseIterable {
    /// Every mention, in any case (the default).
    case always
    /// Only a mention written exactly as the term or an alias (a plural `s`/`es` allowed), so a
    /// common word links only where the notes write it as the term: `Destination`, not "its destination".
    case exactCase = "exact-case"
    /// Never: the term is listed in the glossary but not linked from the notes.
    case never
}
