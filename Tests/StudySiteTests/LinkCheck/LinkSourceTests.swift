import Foundation
import Testing
@testable import StudySite

/// Findings point at what a person edits: the note and line that wrote the link, the
/// glossary entry, or the template, not the generated HTML.
@Suite struct LinkSourceTests {
    static func site(note: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write([
            "content/site.yml": "title: Course\n",
            "content/a.md": note,
            "content/b.md": "---\ntitle: B\n---\n\nText.\n",
            "content/glossary.yml": "- term: \"Widget\"\n  definition: \"A thing; see [gone](/nothing.md).\"\n",
        ])
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let layout = try folder.read("templates/layout.mustache")
        try folder.write(["templates/layout.mustache": layout.replacingOccurrences(
            of: "<a class=\"skip-link\"", with: "<a href=\"{{root}}help.html\">Help</a>\n<a class=\"skip-link\"")])
        return folder
    }

    @Test func buildCheckLinksReportsAtTheNote() throws {
        let folder = try Self.site(note: "---\ntitle: A\n---\n\nIntro.\n\nSee [old](b.html#nope) here.\n")
        let result = try runStudySite(["build", "content", "-o", "_site", "--check-links"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:7:5: error: broken link b.html#nope: no element with id \"nope\" on the target page (in _site/a.html:"), "\(result.stderr)")
        #expect(result.stderr.contains("content/glossary.yml:1:3: error: broken link nothing.html: no such file: nothing.html (in _site/glossary.html:"), "\(result.stderr)")
        #expect(result.stderr.contains("templates/layout.mustache: error: broken link help.html: no such file: help.html (in _site/a.html:"), "\(result.stderr)")
        #expect(!result.stderr.contains("\n_site/"), "\(result.stderr)")
    }

    @Test func checkLinksAnnotationsLandOnTheNote() async throws {
        try await LoopbackHTTPServer.with(routes: { request in request.path == "/gone" ? .respond(status: 404) : .respond(status: 200) }) { server in
            let gone = server.url("/gone")
            let folder = try Self.site(note: "---\ntitle: A\n---\n\nIntro.\n\nSee [old](b.html#nope) and [ext](\(gone)).\n\nA widget.\n")
            let build = try runStudySite(["build", "content", "-o", "_site"], in: folder.url)
            #expect(build.status == 0, "\(build.stderr)")
            let github = try runStudySite(["check-links", "_site", "--content", "content", "--format", "github", "--retries", "0"], in: folder.url)
            #expect(github.status == 1)
            for expected in [
                "::error file=content/a.md,line=7,col=5::b.html#nope: no element with id \"nope\" on the target page (in _site/a.html",
                "::error file=content/a.md,line=7,col=28::\(gone): HTTP 404 Not Found (in _site/a.html",
                "::error file=content/glossary.yml,line=1,col=3::nothing.html: no such file: nothing.html (in _site/glossary.html",
                "::error file=templates/layout.mustache::help.html: no such file: help.html (in _site/index.html",
            ] {
                #expect(github.stdout.contains(expected), "missing \(expected) in:\n\(github.stdout)")
            }
            #expect(!github.stdout.contains("file=_site"), "\(github.stdout)")
            // Without --content, `content/site.yml` beside the working folder is found too.
            let text = try runStudySite(["check-links", "_site", "--offline"], in: folder.url)
            #expect(text.stdout.contains("content/a.md\n  7:5: error: b.html#nope: no element with id \"nope\" on the target page (in _site/a.html:"), "\(text.stdout)")
            // A term link the glossary put in the prose points at the term's definition.
            try FileManager.default.removeItem(atPath: folder.path("_site/glossary.html"))
            let terms = try runStudySite(["check-links", "_site", "--offline"], in: folder.url)
            #expect(terms.stdout.contains("content/glossary.yml\n  1:3: error: glossary.html#term-widget: no such file: glossary.html (in _site/a.html:"), "\(terms.stdout)")
            // Another site checked from the same folder is not pinned on these notes.
            try folder.write(["other/index.html": "<!DOCTYPE html><html><body>\n<a href=\"gone.html\">x</a></body></html>\n"])
            let other = try runStudySite(["check-links", "other", "--offline"], in: folder.url)
            #expect(other.stdout.hasPrefix("other/index.html\n  2: error: gone.html: no such file: gone.html\n"), "\(other.stdout)")
        }
    }
}
