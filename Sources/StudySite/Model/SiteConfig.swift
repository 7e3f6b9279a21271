/// `content/site.yml`: what the course is called and how the site behaves.
public struct SiteConfig: Sendable, Equatable {
    var title: String
    var description = ""
    var author: String?
    var language = "en"
    /// Absolute URL the site is published at; enables `sitemap.xml` and canonical links.
    var baseURL: String?
    /// `html:` (or the older `unsafe_html: true`): raw HTML in notes sanitized, left out or let through.
    var html = RawHTMLMode.safe
    var unsafeHTML: Bool { html == .unsafe }
    var glossary = GlossarySettings()
    var linkCheck = LinkCheckSettings()
    /// Whether notes end with a "Test yourself" section of the terms they define (front matter may override).
    var testYourself = true
    /// `cheatsheet:`: the note parts (`note.md#heading`) the cheat sheet is made of, in order.
    var cheatSheet: [CheatSheetSource] = []
    /// `sections:`: sidebar and home-page groups of the notes at the top of `content/`.
    var pageGroups: [PageGroup] = []
    /// `start:`: the slug of the page a new reader should open first, named on the home page.
    var start: String?
    /// `search: false` leaves out the search box, its script and its index (the topics page stays).
    var search = true
}

struct GlossarySettings: Sendable, Equatable {
    enum LinkTerms: String, Sendable, Equatable, CaseIterable {
        case first, all, none
    }

    var linkTerms: LinkTerms = .first
    /// Bold-then-colon items that are not terms (`- **Price** – costs vary…`), left out of the glossary.
    var exclude: [ExcludedTerm] = []
}

/// A name under `glossary.exclude:` in site.yml, with where it was written.
struct ExcludedTerm: Sendable, Equatable {
    var name: String
    var location: SourceLocation
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

/// An item of `cheatsheet:` in site.yml, with where it was written.
struct CheatSheetSource: Sendable, Equatable {
    public var target: String
    public var location: SourceLocation

    public init(target: String, location: SourceLocation) {
        self.target = target
        self.location = location
    }
}
