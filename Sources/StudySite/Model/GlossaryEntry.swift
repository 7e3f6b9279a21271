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
    /// Which mentions become links (`link:` in glossary.yml).
    var link: TermLinkMode = .always
}

/// A page slug and optionally a heading id on it.
struct PageAnchor: Sendable, Equatable {
    var slug: String
    var headingID: String?
}

/// `link:` of a glossary.yml entry: which mentions of a term link to the glossary.
enum TermLinkMode: String, Sendable, Equatable, CaseIterable {
    /// Every mention, in any case (the default).
    case always
    /// Only a mention written exactly as the term or an alias (a plural `s`/`es` allowed), so a
    /// common word links only where the notes write it as the term: `Destination`, not "its destination".
    case exactCase = "exact-case"
    /// Never: the term is listed in the glossary but not linked from the notes.
    case never
}
