import Foundation
import Testing
@testable import StudySite

/// Links between notes are checked by the build itself, at the line and column of the note
/// that wrote them, and `.md` links name pages the way the build names them.
@Suite struct NoteLinkTests {
    static func site(_ notes: [String: String]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(["content/site.yml": "title: Course\n"])
        try folder.write(notes, under: "content")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        return folder
    }

    @Test(arguments: [false, true])
    func brokenNoteLinksFailTheBuildAtTheirSource(checkLinks: Bool) throws {
        let folder = try Self.site([
            "a.md": "---\ntitle: A\n---\n\n## Hello\n\nSee [gone](missing.md) and [b](b.md#nope).\nAlso [self](#nope) and [fine](b.md#world) and [top](#hello).\n",
            "b.md": "---\ntitle: B\n---\n\n## World\n\n- item [back](a.md#nowhere)\n\n[home](index.md) [part](sec/c.md#c-part) [section](sec/index.md)\n",
            "sec/c.md": "---\ntitle: C\n---\n\n## C part\n",
        ])
        let result = try runStudySite(["build", "content", "-o", "_site"] + (checkLinks ? ["--check-links"] : []), in: folder.url)
        #expect(result.status == 1, "\(result.stderr)")
        for expected in [
            "content/a.md:7:5: error: broken link missing.md: no such note: the build writes no page missing.html",
            "content/a.md:7:28: error: broken link b.md#nope: no heading with id \"nope\" in content/b.md",
            "content/a.md:8:6: error: broken link #nope: no heading with id \"nope\" in content/a.md",
            "content/b.md:7:8: error: broken link a.md#nowhere: no heading with id \"nowhere\" in content/a.md",
        ] {
            #expect(result.stderr.contains(expected), "missing \(expected) in:\n\(result.stderr)")
        }
        #expect(result.stderr.components(separatedBy: "error: broken link").count == 5, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site")))
    }

    /// One run lists every problem: a note that cannot be read is an error, a broken link in
    /// another note is one too, and a link to the unreadable note is not a second complaint.
    @Test func brokenLinksAreReportedBesideANoteThatCouldNotBeRead() throws {
        let folder = try Self.site([
            "a.md": "# A\n\nSee [gone](missing.md), [bad](bad.md#part) and [worse](worse.md).\n",
            "worse.md": "---\ntitle: [unclosed\n---\nText.\n",
        ])
        try Data([0x23, 0x20, 0xFF, 0x0A]).write(to: folder.url.appendingPathComponent("content/bad.md"))
        let result = try runStudySite(["build", "content", "-o", "_site"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/bad.md:1: error: file is not valid UTF-8"), "\(result.stderr)")
        #expect(result.stderr.contains("content/worse.md:2:8: error: invalid YAML"), "\(result.stderr)")
        #expect(result.stderr.contains("content/a.md:3:5: error: broken link missing.md: no such note"), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "error: broken link").count == 2, "\(result.stderr)")
    }

    @Test func linksToNotesWithUpperCaseSpacesOrAccentsReachTheirPages() throws {
        let folder = try Self.site([
            "index-note.md": "---\ntitle: Links\n---\n\n[a](MyNote.md) [b](My%20Note.md#part) [c](café.md) [d](Caf%C3%A9.md#intro)\n",
            "MyNote.md": "---\ntitle: Mine\n---\n\nText.\n",
            "My Note.md": "---\ntitle: Spaced\n---\n\n## Part\n",
            "café.md": "---\ntitle: Coffee\n---\n\n## Intro\n",
        ])
        let result = try runStudySite(["build", "content", "-o", "_site", "--check-links"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("_site/index-note.html")
        for href in ["href=\"mynote.html\"", "href=\"my-note.html#part\"", "href=\"cafe.html\"", "href=\"cafe.html#intro\""] {
            #expect(html.contains(href), "no \(href)")
        }
    }

    /// Where cmark-gfm 0.29 misplaces inline links (autolinks after other inlines, `www.`
    /// autolinks) or leaves them without a position (bare URLs), the column is found in the line.
    @Test func recordedLinksStartWhereTheNoteWroteThem() {
        let markdown = "Hello *there* [a](b.md) and\nmore [link](x.md#y) é <https://e.com>\n\n> q [q](q.md) www.example.com\n\n- foo https://bare.example/x and ![i](i.png)\n"
        let page = Page(sourcePath: "content/n.md", slug: "n", title: "N", bodyStartLine: 5)
        let links = MarkdownCompiler(generatorNames: [], options: CMark.Options()).compile(page, markdown: markdown).links
        #expect(links.map(\.written) == ["b.md", "x.md#y", "https://e.com", "q.md", "http://www.example.com", "https://bare.example/x", "i.png"])
        #expect(links.map(\.url) == ["b.html", "x.html#y", "https://e.com", "q.html", "http://www.example.com", "https://bare.example/x", "i.png"])
        #expect(links.map(\.location.description) == [
            "content/n.md:5:15", "content/n.md:6:6", "content/n.md:6:24", "content/n.md:8:5", "content/n.md:8:15",
            "content/n.md:10:7", "content/n.md:10:34",
        ])
    }
}
