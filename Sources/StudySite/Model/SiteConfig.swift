/// `content/site.yml`: what the course is called and how the site behaves.
public struct SiteConfig: Sendable, Equatable {
    var title: String
    var description: String
    var author: String?
    var language: String
    /// Absolute URL the site is published at; enables `sitemap.xml` and canonical links.
    var baseURL: String?
    /// Let raw HTML in notes through (the tagfilter extension still neutralises `<script>` and the like).
    var unsafeHTML: Bool
    var glossary: GlossarySettings
    var linkCheck: LinkCheckSettings

    init(
        title: String,
        description: String = "",
        author: String? = nil,
        language: String = "en",
        baseURL: String? = nil,
        unsafeHTML: Bool = false,
        glossary: GlossarySettings = GlossarySettings(),
        linkCheck: LinkCheckSettings = LinkCheckSettings()
    ) {
        self.title = title
        self.description = description
        self.author = author
        self.language = language
        self.baseURL = baseURL
        self.unsafeHTML = unsafeHTML
        self.glossary = glossary
        self.linkCheck = linkCheck
    }
}

struct GlossarySettings: Sendable, Equatable {
    public enum LinkTerms: String, Sendable, Equatable, CaseIterable {
        case first, all, none
    }

    public var linkTerms: LinkTerms = .first
    /// Bold-then-colon items that are not terms (`- **Price** – costs vary…`), left out of the glossary.
    public var exclude: [ExcludedTerm] = []

    public init(linkTerms: LinkTerms = .first, exclude: [ExcludedTerm] = []) {
        self.linkTerms = linkTerms
        self.exclude = exclude
    }
}

/// A name under `glossary.exclude:` in site.yml, with where it was written.
struct ExcludedTerm: Sendable, Equatable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// The `linkcheck:` block of `site.yml`; every field is optional because command-line flags win.
struct LinkCheckSettings: Sendable, Equatable {
    var timeout: Double?
    var maxConcurrency: Int?
    var maxPerHost: Int?
    var retries: Int?
    var exclude: [String]?
    var cache: String?
    var cacheTTL: Double?
    var userAgent: String?
    var maxDuration: Double?
}
