import Foundation
import Testing
@testable import StudySite

/// A 100-chapter mdBook book, copied in unchanged (bar `site.yml`), built by the real pipeline.
@Suite struct MDBookTests {
    static func buildBook() throws -> (folder: TemporaryDirectory, report: BuildReport, log: DiagnosticLog, site: Site) {
        let folder = try TemporaryDirectory()
        try folder.write(BookFixture.files(), under: "content")
        let log = DiagnosticLog()
        let report = try Pipeline.build(
            BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
            log: log)
        let site = try ContentLoader.load(contentDirectory: folder.path("content"), log: DiagnosticLog()).site
        return (folder, report, log, site)
    }

    @Test func theBookBuildsInSummaryOrderWithItsPartsAsSections() throws {
        let (folder, report, log, site) = try Self.buildBook()
        #expect(log.errors.isEmpty, "\(log.errors)")
        // The one warning is the directive StudySite does not run.
        #expect(log.warnings.map(\.message).allSatisfy { $0.contains("{{#playground") }, "\(log.warnings)")
        #expect(log.warnings.count == 1)
        #expect(report.pageCount >= 100)
        #expect(site.pages.count == 100)
        #expect(site.pages.map { $0.sourcePath.components(separatedBy: "/").last! } == BookFixture.chapters.map(\.file))
        #expect(site.config.pageGroups.map(\.title) == BookFixture.parts + [BookSummary.suffixGroupTitle])
        #expect(site.config.pageGroups[0].pages.first == "ch01-00-installation")
        #expect(site.config.pageGroups[0].pages.count == 25)
        #expect(site.config.pageGroups.last!.pages == ["appendix-01-keywords", "appendix-02-operators", "contributors"])
        // SUMMARY.md is not a page, and the listings are not pages either.
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site/summary.html")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site/listings")))
        #expect(FileManager.default.fileExists(atPath: folder.path("_site/img/memory-layout.svg")))
    }

    @Test func chaptersCarryTheirIncludesTitlesAndLinks() throws {
        let (folder, _, log, _) = try Self.buildBook()
        #expect(log.errors.isEmpty, "\(log.errors)")
        let html = try folder.read("_site/ch03-02-data-types.html")
        // The title came from the first heading: on the h1, with its id, not repeated below.
        #expect(html.contains("<h1 id=\"data-types\">Data Types</h1>"))
        #expect(html.components(separatedBy: "<h1").count == 2, "one h1: the heading is not repeated in the body")
        #expect(html.contains("<h2 id=\"data-types-1\">"))
        #expect(html.contains("<title>Data Types"))
        // The anchor's lines, without the ANCHOR markers; the line ranges as mdBook takes them.
        #expect(html.contains("<code class=\"language-rust\">fn main() {\n    println!(&quot;ch03-02-data-types&quot;);\n}\n</code>"))
        #expect(html.contains("<code class=\"language-rust\">// ANCHOR: body\nfn main() {\n    println!(&quot;ch03-02-data-types&quot;);\n</code>"))
        #expect(html.contains("<code class=\"language-rust\">}\n// ANCHOR_END: body\n</code>"))
        #expect(html.contains("<code class=\"language-rust\">use std::io;\n</code>"))
        #expect(html.contains("{{#playground listings/ch03-02-data-types/main.rs}}"))
        #expect(html.contains("href=\"ch03-03-common-concepts-pitfalls.html\""))
        #expect(html.contains("href=\"ch01-00-installation.html#setup\""))
        #expect(html.contains("src=\"img/memory-layout.svg\""))
        let first = try folder.read("_site/foreword.html")
        #expect(first.contains("<h1 id=\"foreword\">Foreword</h1>"))
        #expect(first.contains("aria-label=\"Previous and next page\""))
    }

    /// Every link of the built book, print page included, through the real binary's link check.
    @Test func everyLinkOfTheBuiltBookResolves() throws {
        let folder = try TemporaryDirectory()
        try folder.write(BookFixture.files(), under: "content")
        let result = try runStudySite(["build", "content", "--templates", Repository.templates, "--output", "_site", "--check-links"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Built 100 pages"), "\(result.stderr)")
        #expect(result.stderr.contains(" 0 broken"), "\(result.stderr)")
    }

    @Test func aBrokenLinkAfterAnIncludeIsReportedAtTheNotesOwnLine() throws {
        let folder = try TemporaryDirectory()
        var files = BookFixture.files()
        // Line 9 of the note, after a three-line include that sits on line 6.
        files["ch01-01-installation-in-practice.md"] = "# In Practice\n\nText.\n\n```rust\n{{#include listings/ch01-01-installation-in-practice/main.rs}}\n```\n\n[broken](no-such-chapter.md) and [also](#nowhere)\n"
        try folder.write(files, under: "content")
        let log = DiagnosticLog()
        #expect(throws: BuildFailure.self) {
            try Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        }
        let messages = log.errors.map(\.description)
        #expect(messages.contains { $0.hasSuffix("ch01-01-installation-in-practice.md:9:1: error: broken link no-such-chapter.md: no such note: the build writes no page no-such-chapter.html") }, "\(messages)")
        #expect(messages.contains { $0.contains("ch01-01-installation-in-practice.md:9:") && $0.contains("#nowhere") }, "\(messages)")
    }
}
