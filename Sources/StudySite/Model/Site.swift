/// Everything the build knows about a site. Each stage of the pipeline takes it and adds to it.
public struct Site: Sendable {
    /// The content directory as given by the user (used for messages and data files).
    public var contentDirectory: String
    public var config: SiteConfig
    /// Sections in navigation order; the root section first.
    public var sections: [Section]
    /// Pages in navigation order: by section, then `order`, then slug.
    public var pages: [Page]
    /// Glossary terms sorted case-insensitively (empty when the site defines none).
    public var glossary: [GlossaryEntry] = []
    /// Generated HTML for each generator block, keyed by the block's location.
    public var generatedBlocks: [SourceLocation: String] = [:]
    /// Every quiz question of the notes, in site order (filled by the Study stage).
    public var quizQuestions: [QuizQuestion] = []
    /// Whole pages a stage made (flashcards, print…), rendered inside the layout.
    public var generatedPages: [GeneratedPage] = []
    /// Extra files to write, path relative to the output root → bytes.
    public var extraFiles: [String: [UInt8]] = [:]

    public init(contentDirectory: String, config: SiteConfig, sections: [Section], pages: [Page]) {
        self.contentDirectory = contentDirectory
        self.config = config
        self.sections = sections
        self.pages = pages
    }
}
