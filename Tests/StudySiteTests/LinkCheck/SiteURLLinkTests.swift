import Foundation
import Testing
@testable import StudySite

/// With `base_url`, the 404 page links absolutely (a host serves it at any missing path)
/// and every page has a canonical link: the link check must verify those URLs against the
/// build, which is not online yet, and find them all.
@Suite struct SiteURLLinkTests {
    @Test func buildWithCheckLinksVerifiesTheSitesOwnAbsoluteURLsAgainstTheBuiltFiles() throws {
        let folder = try TemporaryDirectory()
        let content = GoldenSiteTests.fixture.appendingPathComponent("content").path
        let result = try runStudySite(["build", content, "--templates", Repository.templates, "--output", folder.path("_site"), "--check-links"])
        #expect(result.status == 0, "stderr:\n\(result.stderr)")
        #expect(result.stderr.contains("0 broken"))
        // Only the notes' two links to other sites are external, twice (in their notes and on
        // print.html, the whole course in one page); canonical and 404 links are the site's own.
        #expect(result.stderr.contains("(offline: 4 external links not checked)"), "stderr:\n\(result.stderr)")

        var options = LinkCheckOptions()
        options.siteURL = "https://example.github.io/fixture/"
        let report = try LinkChecker(siteDirectory: folder.path("_site"), options: options).checkInternal()
        let fromNotFound = report.results.filter { $0.link.page == "404.html" && $0.link.url.hasPrefix("https://example.github.io/fixture/") }
        #expect(fromNotFound.count >= 5)
        #expect(fromNotFound.allSatisfy { $0.status == .ok })
    }

    @Test func aMissingPageUnderTheSiteURLIsBroken() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["index.html": "<!DOCTYPE html><html lang=\"en\"><title>x</title><a href=\"https://me.example/notes/gone.html\">gone</a><a href=\"https://me.example/notes/\">home</a>"])
        var options = LinkCheckOptions()
        options.siteURL = "https://me.example/notes/"
        let report = try LinkChecker(siteDirectory: folder.path, options: options).checkInternal()
        #expect(report.results.map(\.status) == [.ok, .missingFile("gone.html")] || report.results.map(\.status) == [.missingFile("gone.html"), .ok])
    }
}
