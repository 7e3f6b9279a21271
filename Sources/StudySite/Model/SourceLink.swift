/// A link or image destination a note wrote, as the Markdown stage saw it: what later
/// checks point at when the link turns out broken.
struct SourceLink: Sendable, Hashable {
    /// The destination as written in the Markdown (after cmark's unescaping).
    public var written: String
    /// The destination in the built page (`.md` links named as pages).
    public var url: String
    /// Where the link starts in the note (`[`, `![` or `<`).
    public var location: SourceLocation

    public init(written: String, url: String, location: SourceLocation) {
        self.written = written
        self.url = url
        self.location = location
    }
}
