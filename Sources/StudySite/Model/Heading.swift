/// A heading of a note, with the GitHub-compatible anchor it is rendered with.
struct Heading: Sendable, Equatable {
    var level: Int
    /// Plain text of the heading (inline markup stripped).
    var text: String
    var id: String
    var line: Int
}
