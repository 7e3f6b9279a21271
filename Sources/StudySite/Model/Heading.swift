/// A heading of a note, with the GitHub-compatible anchor it is rendered with.
struct Heading: Sendable, Equatable {
    public var level: Int
    /// Plain text of the heading (inline markup stripped).
    public var text: String
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
