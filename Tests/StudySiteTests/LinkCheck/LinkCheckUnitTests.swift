import Foundation
import Testing
@testable import StudySite

/// The pure pieces: URL classification, srcset, retry timing, cache, options.
@Suite struct LinkCheckUnitTests {
    @Test func urlsAreClassifiedByScheme() {
        #expect(LinkTarget("https://example.org/a#b") == .external("https://example.org/a"))
        #expect(LinkTarget("HTTP://example.org") == .external("HTTP://example.org"))
        #expect(LinkTarget("//cdn.example.org/x.css") == .external("https://cdn.example.org/x.css"))
        #expect(LinkTarget("mailto:a@b.org") == .mailto("a@b.org"))
        #expect(LinkTarget("tel:+1") == .tel("+1"))
        #expect(LinkTarget("file:///srv/notes/a%20b.html#x") == .file(path: "/srv/notes/a b.html"))
        #expect(LinkTarget("javascript:void(0)") == .skipped)
        #expect(LinkTarget("notes/a.html?x=1#frag") == .local(path: "notes/a.html", fragment: "frag"))
        #expect(LinkTarget("#only") == .local(path: "", fragment: "only"))
        // A colon after a slash is part of a path, not a scheme.
        #expect(LinkTarget("./a:b.html") == .local(path: "./a:b.html", fragment: nil))
    }

    @Test func relativeURLsResolveAgainstTheBase() {
        #expect(BaseURL.resolve("page.html#p1", against: "sub/") == "sub/page.html#p1")
        #expect(BaseURL.resolve("page.html", against: "sub/index.html?x=1#top") == "sub/page.html")
        #expect(BaseURL.resolve("#p1", against: "sub/index.html#top") == "sub/index.html#p1")
        #expect(BaseURL.resolve("?q=1", against: "sub/index.html?x=1") == "sub/index.html?q=1")
        #expect(BaseURL.resolve("", against: "sub/index.html#top") == "sub/index.html")
        #expect(BaseURL.resolve("page.html", against: "index.html") == "page.html")
        #expect(BaseURL.resolve("/root.html", against: "sub/") == "/root.html")
        #expect(BaseURL.resolve("../up.html", against: "/docs/v2/") == "/docs/v2/../up.html")
        #expect(BaseURL.resolve("https://example.org/x", against: "sub/") == "https://example.org/x")
        #expect(BaseURL.resolve("mailto:a@b.org", against: "sub/") == "mailto:a@b.org")
        #expect(BaseURL.resolve("b/c.html#f", against: "https://example.org/docs/a.html") == "https://example.org/docs/b/c.html#f")
    }

    @Test func anchorNamesCompareCodePointByCodePoint() {
        let composed = AnchorName("caf\u{E9}")
        let decomposed = AnchorName("cafe\u{301}")
        #expect(composed != decomposed)
        #expect(Set([composed, decomposed]).count == 2)
        #expect(composed == AnchorName("café"))
    }

    @Test func srcsetYieldsEachCandidateURL() {
        #expect(Srcset.urls(in: "a.png 1x, b.png 2x") == ["a.png", "b.png"])
        #expect(Srcset.urls(in: "a.png 1x,b.png 2x") == ["a.png", "b.png"])
        // Trailing commas end a URL; a comma inside one is part of it (as the HTML standard says).
        #expect(Srcset.urls(in: "a.png,, b.png") == ["a.png", "b.png"])
        #expect(Srcset.urls(in: "a.png,b.png") == ["a.png,b.png"])
        #expect(Srcset.urls(in: "  a.png  ") == ["a.png"])
        #expect(Srcset.urls(in: "a.png 100w (max-width: 5px, 2x), c.png") == ["a.png", "c.png"])
        #expect(Srcset.urls(in: "") == [])
    }

    @Test func extractorReportsLinesAndAnchors() {
        let html = "<!DOCTYPE html>\n<html><body>\n<h1 id=\"title\">T</h1>\n\n<a href=\" a.html \" name=\"old\">a</a>\n<img src=\"i.png\">\n</body></html>"
        let page = LinkExtractor.extract(html: Array(html.utf8), page: "x/p.html", displayPath: "_site/x/p.html")
        #expect(page.anchors == ["title", "old"])
        #expect(page.links.map(\.url) == ["a.html", "i.png"])
        #expect(page.links.map(\.location.line) == [5, 6])
        #expect(page.links.first?.location.path == "_site/x/p.html")
        #expect(page.links.first?.page == "x/p.html")
    }

    @Test func extractorSurvivesBrokenHTML() {
        let html = "<html><body><div><p><a href=\"a.html\">unclosed <b><a href=\"b.html\">x</div></body>"
        let page = LinkExtractor.extract(html: Array(html.utf8), page: "p.html", displayPath: "p.html")
        #expect(page.links.map(\.url) == ["a.html", "b.html"])
        #expect(LinkExtractor.extract(html: [], page: "e.html", displayPath: "e.html").links.isEmpty)
    }

    @Test func retryAfterSecondsAndDatesAreHonouredUpToTheCap() {
        let policy = RetryPolicy(retries: 2, backoff: 0.5, cap: 20)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(policy.delay(afterAttempt: 0, status: 429, retryAfter: "3", now: now) == 3)
        #expect(policy.delay(afterAttempt: 0, status: 503, retryAfter: "600", now: now) == 20)
        let date = "Tue, 14 Nov 2023 22:13:30 GMT"  // now + 10 s
        #expect(policy.delay(afterAttempt: 0, status: 429, retryAfter: date, now: now) == 10)
        #expect(policy.delay(afterAttempt: 0, status: 500, retryAfter: "3", now: now) == 0.5)
        #expect(policy.delay(afterAttempt: 2, status: nil, retryAfter: nil, now: now) == 2)
        #expect(RetryPolicy.isRetryable(status: 429) && RetryPolicy.isRetryable(status: 502))
        #expect(!RetryPolicy.isRetryable(status: 404) && !RetryPolicy.isRetryable(status: 501))
    }

    @Test func cacheKeepsOnlyFreshSuccesses() throws {
        var cache = LinkCache()
        let then = Date(timeIntervalSince1970: 1_000_000)
        cache.record(.ok, for: "https://a", now: then)
        cache.record(.redirected(to: "https://c"), for: "https://b", now: then)
        cache.record(.broken(status: 404), for: "https://d", now: then)
        #expect(cache.status(for: "https://a", ttl: 60, now: then + 30) == .ok)
        #expect(cache.status(for: "https://b", ttl: 60, now: then + 30) == .redirected(to: "https://c"))
        #expect(cache.status(for: "https://d", ttl: 60, now: then + 30) == nil)
        #expect(cache.status(for: "https://a", ttl: 60, now: then + 61) == nil)
        cache.record(.unreachable(reason: .timedOut), for: "https://a", now: then)
        #expect(cache.status(for: "https://a", ttl: 60, now: then) == nil, "a failure replaces an old success")

        let folder = try TemporaryDirectory()
        try cache.save(path: folder.path("cache.json"))
        let log = DiagnosticLog()
        let loaded = LinkCache.load(path: folder.path("cache.json"), log: log)
        #expect(loaded.entries == cache.entries && log.all.isEmpty)
        try folder.write(["bad.json": "{ not json"])
        #expect(LinkCache.load(path: folder.path("bad.json"), log: log).entries.isEmpty)
        #expect(log.warnings.count == 1)
    }

    @Test func optionsComeFromSiteYAMLAndAreValidated() throws {
        var settings = LinkCheckSettings()
        settings.timeout = 5
        settings.maxPerHost = 2
        settings.exclude = ["example\\.com"]
        let options = LinkCheckOptions(settings: settings)
        #expect(options.timeout == 5 && options.maxPerHost == 2 && options.maxConcurrency == 32 && options.exclude == ["example\\.com"])
        #expect(options.problems().isEmpty)
        var bad = options
        bad.exclude = ["("]
        bad.retries = -1
        #expect(bad.problems().count == 2)
        #expect(LinkCheckOptions.seconds(from: "1d") == 86_400)
        #expect(LinkCheckOptions.seconds(from: "15m") == 900)
        #expect(LinkCheckOptions.seconds(from: "0.5") == 0.5)
        #expect(LinkCheckOptions.seconds(from: "soon") == nil)
    }

    @Test func linkcheckBlockAndBaseURLOfSiteYAMLAreRead() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["site.yml": "title: T\nbase_url: https://me.github.io/notes\nlinkcheck:\n  timeout: 7\n  max_per_host: 2\n  exclude: [\"^https://internal\"]\n"])
        let options = try SiteConfig.load(contentDirectory: folder.path, log: DiagnosticLog()).map(LinkCheckOptions.init(config:))
        #expect(options?.timeout == 7 && options?.maxPerHost == 2 && options?.exclude == ["^https://internal"])
        #expect(options?.siteURL == "https://me.github.io/notes/")
        #expect(try SiteConfig.load(contentDirectory: folder.path("none"), log: DiagnosticLog()) == nil)
    }

    /// The site's own published URLs are files of the build (lychee --remap, html-proofer --swap-urls).
    @Test func urlsUnderTheSiteURLAreFilesOfTheSite() {
        let site = "https://me.github.io/notes/"
        #expect(LinkTarget("https://me.github.io/notes/vpc.html#subnets", siteURL: site) == .local(path: "/vpc.html", fragment: "subnets"))
        #expect(LinkTarget("https://me.github.io/notes/", siteURL: site) == .local(path: "/", fragment: nil))
        #expect(LinkTarget("https://me.github.io/notes", siteURL: site) == .local(path: "/", fragment: nil))
        #expect(LinkTarget("https://me.github.io/other/", siteURL: site) == .external("https://me.github.io/other/"))
        #expect(LinkTarget("https://me.github.io/notes/vpc.html") == .external("https://me.github.io/notes/vpc.html"))
    }

    @Test func hostKeyIncludesThePort() {
        #expect(ExternalChecker.hostKey(of: "https://Example.org/a") == "example.org:443")
        #expect(ExternalChecker.hostKey(of: "http://127.0.0.1:8080/") == "127.0.0.1:8080")
        #expect(ExternalChecker.hostKey(of: "ftp://example.org/") == nil)
    }
}
