/// A term listed under `terms:` in a page's front matter.
struct DeclaredTerm: Sendable, Equatable {
    var term: String
    var definition: String
    var location: SourceLocation
}

/// A `- **Term**: definition` list item found in a note.
struct TermDefinition: Sendable, Equatable {
    var term: String
    /// The definition as Markdown (the text after the colon or dash).
    var definition: String
    /// The id of the nearest heading above it, for "Defined in" links.
    var headingID: String?
    var location: SourceLocation
}

/// A fenced block whose info string names a generator (` ```cidr-table `); replaced by generated HTML.
struct GeneratorBlock: Sendable, Equatable {
    var name: String
    var body: String
    var location: SourceLocation
}
