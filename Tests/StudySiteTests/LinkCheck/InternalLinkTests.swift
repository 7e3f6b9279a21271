import Foundation
import Testing
@testable import StudySite

/// Fixture sites written to a temporary folder, checked without network.
@Suite struct InternalLinkTests {
    static func check(_ files: [String: String], options: LinkCheckOptions = LinkCheckOptions()) throws -> LinkCheckReport {
        let folder = try TemporaryDirectory()
        let site = try folder.write(files, under: "site")
        return try LinkChecker(siteDirectory: site, options: options).checkInternal()
    }

    /// `page url` → verdict, for every checked link.
    static func verdicts(_ report: LinkCheckReport) -> [String: LinkStatus] {
        Dictionary(report.results.map { ("\($0.link.page) \($0.link.url)", $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    static func page(_ body: String) -> String {
        "<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n\(body)\n</body></html>\n"
    }

    @Test func missingFileIsReportedWithItsLine() throws {
        let report = try Self.check(["index.html": Self.page("<p>intro</p>\n<a href=\"nope.html\">gone</a>")])
        #expect(report.results.map(\.status) == [.missingFile("nope.html")])
        #expect(report.results.first?.link.location.line == 4)
        #expect(report.results.first?.link.location.path.hasSuffix("site/index.html") == true)
        #expect(report.hasBroken)
    }

    @Test func missingFragmentIsReported() throws {
        let report = try Self.check(["index.html": Self.page("<h2 id=\"here\">Here</h2><a href=\"#here\">ok</a><a href=\"#nowhere\">bad</a>")])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html #here"] == .ok)
        #expect(verdicts["index.html #nowhere"] == .missingAnchor("nowhere"))
    }

    @Test func fragmentOnAnotherPageIsFoundByIdOrAnchorName() throws {
        let report = try Self.check([
            "index.html": Self.page("<a href=\"notes/b.html#section\">1</a><a href=\"notes/b.html#old-name\">2</a><a href=\"notes/b.html#absent\">3</a>"),
            "notes/b.html": Self.page("<h2 id=\"section\">S</h2><a name=\"old-name\"></a><a href=\"../index.html\">up</a>"),
        ])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html notes/b.html#section"] == .ok)
        #expect(verdicts["index.html notes/b.html#old-name"] == .ok)
        #expect(verdicts["index.html notes/b.html#absent"] == .missingAnchor("absent"))
        #expect(verdicts["notes/b.html ../index.html"] == .ok)
    }

    @Test func directoryLinkResolvesToItsIndex() throws {
        let report = try Self.check([
            "index.html": Self.page("<a href=\"guide/\">1</a><a href=\"guide\">2</a><a href=\"guide/#intro\">3</a><a href=\"empty/\">4</a><a href=\"./\">5</a>"),
            "guide/index.html": Self.page("<h1 id=\"intro\">Guide</h1>"),
            "empty/readme.txt": "no index here",
        ])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html guide/"] == .ok)
        #expect(verdicts["index.html guide"] == .ok)
        #expect(verdicts["index.html guide/#intro"] == .ok)
        #expect(verdicts["index.html empty/"] == .missingFile("empty/index.html"))
        #expect(verdicts["index.html ./"] == .ok)
    }

    @Test func percentEncodedAndNonASCIIFragmentsMatchTheirIds() throws {
        let report = try Self.check([
            "index.html": Self.page("""
                <a href="b.html#caf%C3%A9">encoded</a>
                <a href="b.html#café">composed</a>
                <a href="b.html#100%25">percent</a>
                <a href="b.html#%E6%97%A5%E6%9C%AC">kanji</a>
                <a href="b.html#caf%C3%A8">other accent</a>
                """),
            "b.html": Self.page("<h2 id=\"café\">Café</h2><h2 id=\"100%\">All</h2><h2 id=\"日本\">Japan</h2>"),
        ])
        let broken = report.results.filter(\.status.isBroken)
        #expect(broken.map(\.status) == [.missingAnchor("cafè")])
        #expect(report.results.count == 5)
    }

    @Test func encodedFileNamesResolve() throws {
        let report = try Self.check([
            "index.html": Self.page("<a href=\"my%20notes.html\">1</a><a href=\"r%C3%A9sum%C3%A9.html\">2</a><a href=\"b.html?ref=nav#top\">3</a><a href=\"/b.html\">4</a>"),
            "my notes.html": Self.page(""),
            "résumé.html": Self.page(""),
            "b.html": Self.page(""),
        ])
        #expect(report.results.count == 4)
        #expect(!report.hasBroken, "\(report.diagnostics)")
    }

    @Test func linkEscapingTheSiteRootIsAnError() throws {
        let report = try Self.check([
            "index.html": Self.page("<a href=\"../outside.html\">1</a>"),
            "notes/a.html": Self.page("<a href=\"../../outside.html\">2</a><a href=\"../index.html\">3</a><img src=\"sub/../../../x.png\">"),
        ])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html ../outside.html"] == .escapesRoot)
        #expect(verdicts["notes/a.html ../../outside.html"] == .escapesRoot)
        #expect(verdicts["notes/a.html ../index.html"] == .ok)
        #expect(verdicts["notes/a.html sub/../../../x.png"] == .escapesRoot)
    }

    @Test func ignoredElementsAndTheirDescendantsAreNotChecked() throws {
        let report = try Self.check(["index.html": Self.page("""
            <a href="gone.html" data-linkcheck-ignore>ignored</a>
            <div data-linkcheck-ignore="true"><p><img src="gone.png"><a href="gone2.html">x</a></p></div>
            <a href="still-gone.html">checked</a>
            """)])
        #expect(report.results.map(\.link.url) == ["still-gone.html"])
    }

    @Test func textInsidePreAndCodeIsNotALink() throws {
        let report = try Self.check(["index.html": Self.page("""
            <pre><code>&lt;a href="missing.html"&gt;x&lt;/a&gt;
            curl https://example.invalid/api
            </code></pre>
            <p>Run <code>open missing.html</code> or visit <code>https://example.invalid/</code>.</p>
            """)])
        #expect(report.results.isEmpty)
    }

    /// The HTML standard: an id as written, then percent-decoded, then `top` in any case,
    /// also when percent-encoded; ids match code point by code point (no Unicode normalisation).
    @Test func fragmentsMatchAsBrowsersMatchThem() throws {
        let report = try Self.check([
            "index.html": Self.page("""
                <a href="other.html#caf%C3%A9">1</a>
                <a href="other.html#café">2</a>
                <a href="other.html#cafe%CC%81">3</a>
                <a href="#TOP">4</a>
                <a href="#%74op">5</a>
                <a href="#topx">6</a>
                """),
            "other.html": Self.page("<h2 id=\"caf\u{E9}\">Café</h2>"),
        ])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html other.html#caf%C3%A9"] == .ok)
        #expect(verdicts["index.html other.html#café"] == .ok)
        #expect(verdicts["index.html other.html#cafe%CC%81"] == .missingAnchor("cafe\u{301}"))
        #expect(verdicts["index.html #TOP"] == .ok)
        #expect(verdicts["index.html #%74op"] == .ok)
        #expect(verdicts["index.html #topx"] == .missingAnchor("topx"))
    }

    /// An empty URL fails to load an image, a script or media; in a link it names the page
    /// itself, and a frame, a poster or a quotation source may be empty.
    @Test func anEmptySourceOfAFetchedResourceIsBroken() throws {
        let report = try Self.check(["index.html": Self.page("""
            <img src="" alt="">
            <script src=""></script>
            <input type="image" src="" alt="go">
            <iframe src="" title="frame"></iframe>
            <video poster=""></video>
            <a href="">self</a>
            <blockquote cite="">quote</blockquote>
            <input type="text" src="not-an-image-input.png">
            """)])
        let statuses = report.results.map { "\($0.link.source) \($0.status.verdict)" }
        #expect(statuses == [
            "img[src] empty-url", "script[src] empty-url", "input[src] empty-url", "iframe[src] ok",
            "video[poster] ok", "a[href] ok", "blockquote[cite] ok",
        ])
    }

    @Test func relativeLinksResolveAgainstTheBaseElement() throws {
        let report = try Self.check([
            "index.html": """
                <!DOCTYPE html><html><head><title>t</title><base href="sub/"></head><body>
                <a href="page.html#p1">1</a>
                <a href="other.html">2</a>
                <a href="#p2">3</a>
                <a href="/index.html">4</a>
                </body></html>
                """,
            "sub/index.html": Self.page("<h2 id=\"p2\">P2</h2>"),
            "sub/page.html": Self.page("<h2 id=\"p1\">P1</h2>"),
        ])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html page.html#p1"] == .ok)
        #expect(verdicts["index.html other.html"] == .missingFile("sub/other.html"))
        #expect(verdicts["index.html #p2"] == .ok)
        #expect(verdicts["index.html /index.html"] == .ok)
    }

    /// An absolute base that is the site's own URL: an empty href is the base document, and
    /// `--exclude` sees the URL the base makes as well as the one written.
    @Test func anAbsoluteBaseLeadsBackIntoTheSite() throws {
        var options = LinkCheckOptions()
        options.siteURL = "https://me.example/notes/"
        options.exclude = ["notes/drafts/"]
        let report = try Self.check([
            "index.html": """
                <!DOCTYPE html><html><head><title>t</title><base href="https://me.example/notes/docs/"></head><body>
                <a href="">1</a>
                <a href="page.html">2</a>
                <a href="../drafts/x.html">3</a>
                </body></html>
                """,
            "docs/index.html": Self.page("<p>docs</p>"),
        ], options: options)
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html "] == .ok)
        #expect(verdicts["index.html page.html"] == .missingFile("docs/page.html"))
        #expect(verdicts["index.html ../drafts/x.html"] == .excluded)
        #expect(BaseURL.resolve("", against: "https://me.example/notes/") == "https://me.example/notes/")
        #expect(BaseURL.resolve("x.html", against: "data:text/html,hi") == "x.html")
    }

    @Test func everyURLAttributeIsChecked() throws {
        let report = try Self.check([
            "index.html": """
                <!DOCTYPE html><html><head>
                <link rel="stylesheet" href="missing.css">
                <link rel="preconnect" href="https://fonts.example.invalid">
                <script src="missing.js"></script>
                </head><body>
                <img src="a.png" srcset="a.png 1x, missing@2x.png 2x">
                <picture><source srcset="b.webp 480w,missing.webp 800w" type="image/webp"><img src="a.png"></picture>
                <video><source src="missing.mp4"></video>
                <map name="m"><area href="missing-area.html" alt="a"></map>
                <iframe src="missing-frame.html" title="f"></iframe>
                <video src="missing-video.mp4" poster="missing-poster.png"><track src="missing.vtt"></video>
                <audio src="missing.mp3"></audio>
                <embed src="missing.swf"><object data="missing.svg"></object>
                <input type="image" src="missing-button.png" alt="go">
                <blockquote cite="missing-source.html">q</blockquote>
                <svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="missing-node.html"><text>n</text></a>
                <a href="a.png"><image xlink:href="missing-image.png"/></a></svg>
                </body></html>
                """,
            "a.png": "png",
            "b.webp": "webp",
        ])
        let broken = report.results.filter(\.status.isBroken).map { "\($0.link.source) \($0.link.url)" }
        #expect(broken.sorted() == [
            "a[xlink:href] missing-node.html", "area[href] missing-area.html", "audio[src] missing.mp3", "blockquote[cite] missing-source.html",
            "embed[src] missing.swf", "iframe[src] missing-frame.html", "image[xlink:href] missing-image.png", "img[srcset] missing@2x.png",
            "input[src] missing-button.png", "link[href] missing.css", "object[data] missing.svg",
            "script[src] missing.js", "source[src] missing.mp4", "source[srcset] missing.webp",
            "track[src] missing.vtt", "video[poster] missing-poster.png", "video[src] missing-video.mp4",
        ])
    }

    @Test func excludedLinksAreCountedButNotChecked() throws {
        var options = LinkCheckOptions()
        options.exclude = ["^drafts/"]
        let report = try Self.check(["index.html": Self.page("<a href=\"drafts/x.html\">x</a><a href=\"index.html\">me</a>")], options: options)
        #expect(report.results.map(\.status) == [.excluded, .ok])
        #expect(report.summary.hasPrefix("2 links (2 unique), 1 ok, 0 broken, 1 excluded, 0 redirected in "))
    }

    @Test func offlineCheckLeavesExternalLinksOutOfTheCounts() throws {
        let report = try Self.check(["index.html": Self.page("<a href=\"https://example.invalid/\">ext</a><a href=\"index.html\">me</a><a href=\"index.html#top\">me</a>")])
        #expect(report.results.count == 2)
        #expect(report.uncheckedExternal == 1)
        #expect(report.summary.hasPrefix("2 links (2 unique), 2 ok, 0 broken, 0 excluded, 0 redirected in "))
        #expect(report.summary.hasSuffix("(offline: 1 external links not checked)"))
    }

    @Test func missingSiteDirectoryIsAConfigurationError() throws {
        #expect(throws: BuildFailure.self) {
            try LinkChecker(siteDirectory: "/nonexistent-\(UUID().uuidString)").checkInternal()
        }
    }
}
