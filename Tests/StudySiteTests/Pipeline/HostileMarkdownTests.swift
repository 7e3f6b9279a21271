import Foundation
import Testing
@testable import StudySite

/// Notes no person would write but a build must survive: a clear message or a correct page,
/// never a crash, through the real binary.
@Suite struct HostileMarkdownTests {
    /// A site of `files` (beside a `site.yml`) with the shipped templates, built once.
    static func build(_ files: [String: String]) throws -> (folder: TemporaryDirectory, result: CommandResult) {
        let folder = try TemporaryDirectory()
        try folder.write(["content/site.yml": "title: Course\n"])
        try folder.write(files, under: "content")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        return (folder, result)
    }

    static let frontMatter = "---\ntitle: Deep\n---\n\n"

    /// 100,000 nested quotes or list items once ran the recursive walk's stack out (exit 139).
    @Test(arguments: [String(repeating: ">", count: 100_000) + " x\n", String(repeating: "- ", count: 100_000) + "x\n",
        String(repeating: "*a ", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n"])
    func deepNestingIsAnErrorAtItsLine(_ body: String) throws {
        let (_, result) = try Self.build(["deep.md": Self.frontMatter + "Intro.\n\n" + body, "fine.md": "---\ntitle: Fine\n---\nText.\n"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(500))")
        #expect(result.stderr.contains("content/deep.md:7: error: Markdown nested more than 1000 levels deep"), "\(result.stderr.prefix(500))")
    }

    /// A heading's text and links are read by walks without recursion: a heading of 50,000
    /// nested emphases builds, its anchor made from its words.
    @Test func aDeeplyNestedHeadingBuilds() throws {
        let heading = "## " + String(repeating: "*a ", count: 50_000) + "[x](deep.md)" + String(repeating: "*", count: 50_000) + "\n"
        let (folder, result) = try Self.build(["deep.md": Self.frontMatter + heading])
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let html = try folder.read("_site/deep.html")
        #expect(html.contains("<h2 id=\"a-a-a-a"))
        #expect(html.contains("<a href=\"deep.html\">x</a>"))
    }

    /// Up to the documented depth, a note builds (the walk recurses on worker threads).
    @Test func nestingUpToTheLimitBuilds() throws {
        // document, 998 quotes, a paragraph: its text has 1,000 ancestors.
        let (folder, result) = try Self.build(["deep.md": Self.frontMatter + String(repeating: ">", count: 998) + " bottom\n"])
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(try folder.read("_site/deep.html").contains("<p>bottom</p>"))
        let (_, over) = try Self.build(["deep.md": Self.frontMatter + String(repeating: ">", count: 999) + " bottom\n"])
        #expect(over.status == 1)
    }

    /// `&#1;` decodes to U+0001, the byte that once marked holes: the paragraphs after it moved.
    @Test func entitiesOfTheOldHoleByteLeaveEveryParagraphInPlace() throws {
        let note = Self.frontMatter + """
            ## Head &#1; ing &#x1;

            First [link](https://example.com "t&#1;itle") and more.

            ```&#1;info
            code
            ```

            Second \u{1} raw.

            Third.

            """
        let (folder, result) = try Self.build(["note.md": note])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("_site/note.html")
        let first = try #require(html.range(of: "<p>First <a href=\"https://example.com\" title=\"t\u{1}itle\">link</a> and more.</p>"))
        let code = try #require(html.range(of: "<pre tabindex=\"0\"><code class=\"language-\u{1}info\">code\n</code></pre>"))
        let second = try #require(html.range(of: "<p>Second \u{1} raw.</p>"))
        let third = try #require(html.range(of: "<p>Third.</p>"))
        #expect(first.upperBound < code.lowerBound && code.upperBound < second.lowerBound && second.upperBound < third.lowerBound)
    }

    /// CommonMark closes a fence where the note ends; the build says so, at the fence.
    @Test func anUnclosedFenceIsAWarningAtItsLine() throws {
        let (_, result) = try Self.build([
            "open.md": Self.frontMatter + "Intro.\n\n~~~~ bash\nls\n\n## Not a heading\n",
            "quoted.md": Self.frontMatter + "> ```\n> code\n\nAfter.\n",
            "closed.md": Self.frontMatter + "```\ncode\n```\n\n- item\n\n  ```\n  x\n  ```   \n",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/open.md:7:1: warning: code fence ~~~~ is never closed"), "\(result.stderr)")
        #expect(result.stderr.contains("content/quoted.md:5:3: warning: code fence ``` is never closed"), "\(result.stderr)")
        #expect(!result.stderr.contains("closed.md"), "\(result.stderr)")
    }
}
