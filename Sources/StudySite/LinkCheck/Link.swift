/// One URL cited by a page of the built site.
struct Link: Sendable, Hashable {
    /// The URL as written in the attribute, with surrounding whitespace removed.
    public var url: String
    /// The citing page, relative to the site directory (`notes/vpc.html`).
    public var page: String
    /// The citing page as the user would type it, with the line of the element in the HTML.
    public var location: SourceLocation
    /// Where the URL came from, such as `a[href]` or `img[srcset]`.
    public var source: String
    /// Where a person wrote the link (`content/vpc.md:12:5`, a template), when the content is known.
    public var origin: SourceLocation?

    /// Where a finding about the link points: where it was written, else the HTML.
    public var reportedLocation: SourceLocation { origin ?? location }

    public init(url: String, page: String, location: SourceLocation, source: String = "a[href]") {
        self.url = url
        self.page = page
        self.location = location
        self.source = source
    }

    /// Whether the element fetches what the URL names as a resource (an image, a script, a
    /// media file): an empty URL then fails to load, where in a link it names the page
    /// itself and in a frame, `poster` or `object` it means none.
    public var fetchesResource: Bool {
        Link.fetchingSources.contains(source)
    }

    static let fetchingSources: Set<String> = [
        "img[src]", "input[src]", "script[src]", "source[src]", "video[src]", "audio[src]", "track[src]",
    ]
}

/// What one HTML file cites and which fragments it offers.
struct ExtractedPage: Sendable, Equatable {
    /// Relative to the site directory.
    public var path: String
    public var links: [Link]
    /// Every `id`, and every `name` of an `<a>`, on the page.
    public var anchors: Set<AnchorName>
    /// The page's `<base href>`, which relative URLs resolve against instead of the page's own.
    public var base: String?

    public init(path: String, links: [Link], anchors: Set<AnchorName>, base: String? = nil) {
        self.path = path
        self.links = links
        self.anchors = anchors
        self.base = base
    }
}
