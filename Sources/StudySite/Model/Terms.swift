/// A term listed under `terms:` in a page's front matter.
struct DeclaredTerm: Sendable, Equatable {
    public var term: String
    public var definition: String
    public var location: SourceLocation

    public init(term: String, definition: String, location: SourceLocation) {
        self.term = term
        self.definition = definition
        self.location = location
    }
}

/// A `- **Term**: definition` list item found in a note.
struct TermDefinition: Sendable, Equatable {
    public var term: String
    /// The definition as Markdown (the text after the colon or dash).
    public var definition: String
    /// The id of the nearest heading above it, for "Defined in" links.
    public var headingID: String?
    public var location: SourceLocation

    public init(term: String, definition: String, headingID: String?, location: SourceLocation) {
        self.term = term
        self.definition = definition
        self.headingID = headingID
        self.location = location
    }
}

/// A fenced block whose info string names a generator (` ```cidr-table `); replaced by generated HTML.
struct GeneratorBlock: Sendable, Equatable {
    public var name: String
    public var body: String
    public var location: SourceLocation

    public init(name: String, body: String, location: SourceLocation) {
        self.name = name
        self.body = body
        self.location = location
    }
}
