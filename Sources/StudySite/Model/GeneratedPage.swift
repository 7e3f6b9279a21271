/// A whole page a feature stage made (flashcards, practice questions, the print version),
/// rendered inside the site's layout like a note.
struct GeneratedPage: Sendable, Equatable {
    /// Output path without extension, relative to the site root: `flashcards`.
    public var slug: String
    public var title: String
    public var description: String
    /// The page's `<main>` content, finished HTML with links relative to the site root.
    public var html: String

    public init(slug: String, title: String, description: String, html: String) {
        self.slug = slug
        self.title = title
        self.description = description
        self.html = html
    }

    public var outputPath: String { slug + ".html" }
}
