import Foundation
import Testing
@testable import StudySite

/// Each kind of bad input: a `path:line: error:` message, exit status 1,
/// and the previous `_site/` left exactly as it was.
@Suite struct BuildErrorTests {
    /// A working site, built once so there is a previous output to protect.
    static func workingSite() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write([
            "content/site.yml": "title: Course\n",
            "content/a.md": "---\ntitle: A\norder: 1\n---\n\n## Hello\n",
            "content/b.md": "---\ntitle: B\norder: 2\n---\n\nText.\n",
        ])
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        guard result.status == 0 else { throw BuildFailure(.error("fixture did not build: \(result.stderr)")) }
        return folder
    }

    /// Breaks the site with `change`, builds, and checks the message and the untouched output.
    func expectFailure(_ expected: String, file: String? = nil, change: (TemporaryDirectory) throws -> Void) throws {
        let folder = try Self.workingSite()
        let before = try FileTree.read(folder.url.appendingPathComponent("_site"))
        try change(folder)
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(result.status == 1, "exit status \(result.status); stderr:\n\(result.stderr)")
        #expect(result.stderr.contains(expected), "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("_site was not changed"))
        let after = try FileTree.read(folder.url.appendingPathComponent("_site"))
        #expect(before == after, "the previous site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("._site") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func invalidFrontMatterYAMLPointsAtTheFileLine() throws {
        // libyaml notices an unclosed list where the YAML ends; the error points at its `[`.
        try expectFailure("content/a.md:3:8: error: invalid YAML: did not find expected ',' or ']' by line 4 (while parsing a flow sequence that starts here)") { try $0.write(["content/a.md": "---\ntitle: A\norder: [1\n---\nx\n"]) }
        try expectFailure("content/a.md:3:1: error: invalid YAML") { try $0.write(["content/a.md": "---\ntitle: A\n- item\norder: 1\n---\nx\n"]) }
    }

    @Test func twoPagesWithTheSameSlugAreAnError() throws {
        try expectFailure("error: two pages have the slug `a`") { try $0.write(["content/c.md": "---\ntitle: C\nslug: a\n---\nx\n"]) }
    }

    @Test func aPageMayNotTakeAGeneratedPageName() throws {
        try expectFailure("content/glossary.md:1: error: the page name `glossary` is reserved") { try $0.write(["content/glossary.md": "---\ntitle: Terms\n---\nx\n"]) }
    }

    @Test func missingTemplateIsAnError() throws {
        try expectFailure("templates/page.mustache: error: template `page` is missing") {
            try FileManager.default.removeItem(atPath: $0.path("templates/page.mustache"))
        }
    }

    @Test func missingPartialIsAnErrorWithItsLine() throws {
        try expectFailure("templates/layout.mustache:2:1: error: partial `haed` not found") { folder in
            let path = folder.path("templates/layout.mustache")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Data(("<!-- x -->\n{{> haed}}\n" + text).utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func mustacheSyntaxErrorNamesTemplateAndLine() throws {
        // The parser notices the unclosed section where the template ends (line 5).
        try expectFailure("templates/page.mustache:5:1: error: Mustache syntax: a section {{#…}} or {{^…}} is never closed") { folder in
            try folder.write(["templates/page.mustache": "<article>\n<h1>{{title}}</h1>\n{{#toc}}never closed\n</article>\n"])
        }
    }

    @Test func fileThatIsNotUTF8IsAnErrorOnItsLine() throws {
        try expectFailure("content/b.md:5: error: file is not valid UTF-8") { folder in
            var bytes = Array("---\ntitle: B\n---\n\nCaf".utf8)
            bytes += [0xE9, 0x0A]
            try Data(bytes).write(to: folder.url.appendingPathComponent("content/b.md"))
        }
    }

    /// A folder brought as it is (an mdBook book's `src/`, a vault) builds without a site.yml,
    /// titled after the folder that holds it, with a warning saying how to name it.
    @Test func missingSiteConfigTitlesTheSiteAfterItsFolder() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["rust-book/src/intro.md": "# Introduction\n\nHello.\n"])
        let result = try runStudySite(["build", "rust-book/src", "--templates", Repository.templates, "--output", "_site"], in: folder.url)
        #expect(result.status == 0, "stderr:\n\(result.stderr)")
        #expect(result.stderr.contains("rust-book/src/site.yml: warning: no site.yml: the site is titled \"Rust book\" after its folder"))
        let home = try String(contentsOfFile: folder.path("_site/index.html"), encoding: .utf8)
        #expect(home.contains("<title>Rust book</title>"))
        #expect(ContentLoader.siteTitle(forFolder: URL(fileURLWithPath: "/x/My \"Vault\"")) == "My \"Vault\"")
    }

    @Test func everyErrorIsReportedNotJustTheFirst() throws {
        let folder = try Self.workingSite()
        try folder.write([
            "content/a.md": "---\ntitle: A\norder: [1\n---\nx\n",
            "content/b.md": "---\ntitle: B\norder: x\n---\nx\n",
        ])
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:3:8: error: invalid YAML"))
        #expect(result.stderr.contains("content/b.md:3:8: error: order must be a whole number"))
        #expect(result.stderr.contains("Build failed with 2 errors"))
    }

    @Test func unknownFrontMatterKeyIsOnlyAWarning() throws {
        let folder = try Self.workingSite()
        try folder.write(["content/b.md": "---\ntitle: B\ntags: [x]\n---\nx\n"])
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/b.md:3:7: warning: unknown key `tags` in front matter"))
        #expect(result.stderr.contains("1 warning"))
    }
}
