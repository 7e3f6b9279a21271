/// Everything the build knows about a site. Each stage of the pipeline takes it and adds to it.
struct Site: Sendable {
    /// The content directory as given by the user, for messages.
    var contentDirectory: String
    var config: SiteConfig
    /// Sections in navigation order; the root section first.
    var sections: [Section]
    /// Pages in navigation order: by section, then `order`, then slug.
    var pages: [Page]
    /// Glossary terms sorted case-insensitively (empty when the site defines none).
    var glossary: [GlossaryEntry] = []
    /// Generated HTML for each generator block, keyed by the block's location.
    var generatedBlocks: [SourceLocation: String] = [:]
    /// Generator blocks whose table another block shows too (RepeatedBlocks): the repeat → the
    /// block that holds the table. A repeat is a link to it unless it says `inline: true`.
    var repeatedBlocks: [SourceLocation: SourceLocation] = [:]
    /// Every quiz question of the notes, in site order (filled by the Study stage).
    var quizQuestions: [QuizQuestion] = []
    /// Whole pages a stage made (flashcards, print…), rendered inside the layout.
    var generatedPages: [GeneratedPage] = []
    /// Extra files to write, path relative to the output root → bytes.
    var extraFiles: [String: [UInt8]] = [:]
    /// Output paths of the notes that could not be read (not UTF-8, broken front matter …):
    /// links to them are not reported as broken on top of the note's own error.
    var unreadNotes: Set<String> = []
    /// Where stages may keep results between builds (dot's SVG); nil keeps nothing.
    var cacheDirectory: String?
}
