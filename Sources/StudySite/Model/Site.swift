/// Everything the build knows about a site. Each stage of the pipeline takes it and adds to it.
struct Site: Sendable {
    /// The content directory as given by the user, for messages.
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
    /// Extra files to write, path relative to the output root → bytes.
    public var extraFiles: [String: [UInt8]] = [:]
    /// Where stages may keep results between builds (dot's SVG); nil keeps nothing.
    public var cacheDirectory: String?

    public init(contentDirectory: String, config: SiteConfig, sections: [Section], pages: [Page]) {
        self.contentDirectory = contentDirectory
        self.config = config
        self.sections = sections
        self.pages = pages
    }
}
