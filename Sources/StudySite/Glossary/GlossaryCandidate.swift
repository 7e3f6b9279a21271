/// One definition of a term as found in one place, before the merge decides which one wins.
struct GlossaryCandidate: Sendable {
    enum Origin: Sendable, Equatable {
        /// A `- **Term**: …` item or a front-matter `terms:` entry.
        case notes
        /// `content/glossary.yml`, which wins over the notes.
        case dataFile
    }

    var entry: GlossaryEntry
    var origin: Origin
    /// Where each of `entry.aliases` was written (same order), for errors.
    var aliasLocations: [SourceLocation] = []
    /// Where each of `entry.see` was written (same order), for errors.
    var seeLocations: [SourceLocation] = []
    /// `exclude: true` in glossary.yml: the term is dropped, wherever it was defined.
    var excluded = false
    /// glossary.yml replaces the notes' definition on purpose (`override: true`): no warning.
    var overrides = false
    /// A glossary.yml entry with no `definition:` that adjusts a term of the notes (its `link:`,
    /// aliases, `see:`); it keeps their definition.
    var isPatch: Bool { origin == .dataFile && entry.definition.isEmpty }

    /// Every definition in the notes, in site order: a page's front-matter terms, then its list items.
    static func fromNotes(_ pages: [Page]) -> [GlossaryCandidate] {
        var candidates: [GlossaryCandidate] = []
        for page in pages {
            for declared in page.declaredTerms {
                candidates.append(GlossaryCandidate(
                    entry: GlossaryEntry(
                        term: declared.term, id: "", definition: declared.definition, location: declared.location,
                        definedIn: PageAnchor(slug: page.slug)),
                    origin: .notes))
            }
            for definition in page.definitions {
                candidates.append(GlossaryCandidate(
                    entry: GlossaryEntry(
                        term: definition.term, id: "", definition: definition.definition, location: definition.location,
                        definedIn: PageAnchor(slug: page.slug, headingID: definition.headingID)),
                    origin: .notes))
            }
        }
        return candidates
    }
}
