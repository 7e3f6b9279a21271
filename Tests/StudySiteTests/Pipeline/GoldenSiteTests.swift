import Foundation
import Testing
@testable import StudySite

/// Builds the fixture site under Fixtures/basic with the real templates and compares
/// the whole output tree with Fixtures/basic/expected (extra or missing files fail).
/// `RECORD_GOLDENS=1 swift test --filter GoldenSiteTests` rewrites the expected files.
@Suite struct GoldenSiteTests {
    static let fixture = Repository.fixtures.appendingPathComponent("basic")

    @Test func basicSiteMatchesExpectedTree() throws {
        let output = try TemporaryDirectory()
        let site = output.path("_site")
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: Self.fixture.appendingPathComponent("content").path, templatesDirectory: Repository.templates, outputDirectory: site),
            log: DiagnosticLog())
        let actual = try FileTree.read(URL(fileURLWithPath: site))
        let expectedRoot = Self.fixture.appendingPathComponent("expected")

        // Assets are copies of templates/assets, checked byte for byte against the source
        // rather than a golden, so a stylesheet change does not need new goldens.
        let assets = try FileTree.read(URL(fileURLWithPath: Repository.templates).appendingPathComponent("assets"))
        for (path, bytes) in assets {
            #expect(actual["assets/" + path] == bytes, "assets/\(path) is not a copy of templates/assets/\(path)")
        }
        let pages = actual.filter { !$0.key.hasPrefix("assets/") }

        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: expectedRoot)
        }
        for (path, bytes) in pages.sorted(by: { $0.key < $1.key }) {
            assertGolden(String(decoding: bytes, as: UTF8.self), expectedRoot.appendingPathComponent(path))
        }
        let expected = try FileTree.read(expectedRoot)
        #expect(Set(expected.keys) == Set(pages.keys), "output files differ from the expected tree")
    }

    @Test func rawHTMLIsSanitizedByDefault() throws {
        let output = try TemporaryDirectory()
        let log = DiagnosticLog()
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: Self.fixture.appendingPathComponent("content").path, templatesDirectory: Repository.templates, outputDirectory: output.path("_site")),
            log: log)
        #expect(!log.warnings.contains { $0.message.contains("raw HTML") })
        #expect(try output.read("_site/intro.html").contains("<div>raw html</div>"))
    }

    @Test func unsafeHTMLLetsRawHTMLThroughButTagfilterStillNeutralisesScript() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.write([
            // Without search, the page carries no script of StudySite's own to tell apart.
            "site.yml": "title: T\nhtml: unsafe\nsearch: false\n",
            "a.md": "---\ntitle: A\n---\n<div class=\"note\">kept</div>\n\n<script>alert(1)</script>\n",
        ], under: "content")
        let log = DiagnosticLog()
        _ = try Pipeline.build(BuildOptions(contentDirectory: content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        let html = try folder.read("_site/a.html")
        #expect(html.contains("<div class=\"note\">kept</div>"))
        #expect(!html.contains("<script"))
        #expect(log.warnings.isEmpty)
    }
}
