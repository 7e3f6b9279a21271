/// `content/site.yml`: what the course is called and how the site behaves.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    public var author: String?
    public var language: String
    /// Absolute URL the site is published at; enables `sitemap.xml` and canonical links.
    public var baseURL: String?
    /// Let raw HTML in notes through (the tagfilter extension still neutralises `<script>` and the like).
    public var unsafeHTML: Bool
    public var glossary: GlossarySettings
    public var linkCheck: LinkCheckSettings
    /// `search: false` leaves out the search box, its script and its index (the topics page stays).
    public var search: Bool = true

    public init(
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

public struct GlossarySettings: Sendable, Equatable {
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
public struct ExcludedTerm: Sendable, Equatable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// The `linkcheck:` block of `site.yml`; every field is optional because command-line flags win.
public struct LinkCheckSettings: Sendable, Equatable, Codable {
    public var timeout: Double?
    public var maxConcurrency: Int?
    public var maxPerHost: Int?
    public var retries: Int?
    public var exclude: [String]?
    public var cache: String?
    public var cacheTTL: Double?
    public var userAgent: String?
    public var maxDuration: Double?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case timeout
        case maxConcurrency = "max_concurrency"
        case maxPerHost = "max_per_host"
        case retries
        case exclude
        case cache
        case cacheTTL = "cache_ttl"
        case userAgent = "user_agent"
        case maxDuration = "max_duration"
    }
}
