import Foundation
import Testing
@testable import StudySite

/// Repeated warnings are shown once per file and kind, with a count; errors and warnings
/// without a kind are shown as they are.
@Suite struct DiagnosticGroupsTests {
    static func at(_ path: String, _ line: Int) -> StudySite.SourceLocation { StudySite.SourceLocation(path: path, line: line, column: 1) }

    static let warnings: [Diagnostic] = [
        .warning("raw HTML <font> removed (its content is kept)", at: at("content/a.md", 3), kind: "raw-html:<font>"),
        .warning("raw HTML <font> removed (its content is kept)", at: at("content/a.md", 9), kind: "raw-html:<font>"),
        .warning("raw HTML <script> removed with its content", at: at("content/a.md", 10), kind: "raw-html:<script>"),
        .warning("raw HTML <font> removed (its content is kept)", at: at("content/a.md", 12), kind: "raw-html:<font>"),
        .warning("raw HTML <font> removed (its content is kept)", at: at("content/b.md", 1), kind: "raw-html:<font>"),
        .warning("something without a kind", at: at("content/b.md", 2)),
        .warning("something without a kind", at: at("content/b.md", 4)),
        .warning("unknown key `x` in site.yml", at: at("content/site.yml", 2), kind: "yaml:unknown-key"),
        .warning("unknown key `y` in site.yml", at: at("content/site.yml", 3), kind: "yaml:unknown-key"),
        .error("broken link", at: at("content/b.md", 5), kind: "links:broken"),
        .error("broken link", at: at("content/b.md", 6), kind: "links:broken"),
    ]

    @Test func repeatedWarningsAreShownOncePerFileAndKindWithACount() {
        #expect(DiagnosticGroups.grouped(Self.warnings).map(\.description) == [
            "content/a.md:3:1: warning: raw HTML <font> removed (its content is kept) (and 2 more in this note)",
            "content/a.md:10:1: warning: raw HTML <script> removed with its content",
            "content/b.md:1:1: warning: raw HTML <font> removed (its content is kept)",
            "content/b.md:2:1: warning: something without a kind",
            "content/b.md:4:1: warning: something without a kind",
            "content/site.yml:2:1: warning: unknown key `x` in site.yml (and 1 more in this file)",
            "content/b.md:5:1: error: broken link",
            "content/b.md:6:1: error: broken link",
        ])
    }

    @Test func theSummaryCountsEachKindOfWarning() {
        #expect(DiagnosticGroups.summary(Self.warnings) == "Warnings by kind: 4 raw-html:<font>, 2 yaml:unknown-key, 1 raw-html:<script>")
        #expect(DiagnosticGroups.summary(Array(Self.warnings.prefix(1))) == nil)
    }

    @Test func lintWarningsThatRepeatHaveAKind() {
        let page = Page(sourcePath: "content/a.md", slug: "a", title: "A")
        let found = ContentLint.lint(page, markdown: "## Resources\n\n- One\n- Two\n- Three\n")
        #expect(DiagnosticGroups.grouped(found).map(\.description) == [
            "content/a.md:3: warning: \"Resources\" entry without a URL: \"One\"; link it (`[Title](https://…)`) or drop it (and 2 more in this note)",
        ])
    }
}

/// The command line: grouped by default, every warning with --verbose.
@Suite struct GroupedWarningsCommandTests {
    @Test func buildGroupsRepeatedWarningsUnlessVerbose() throws {
        let folder = try TemporaryDirectory()
        try folder.write([
            "content/site.yml": "title: Course\n",
            "content/a.md": "---\ntitle: A\n---\n<font>1</font> <font>2</font>\n\n<font>3</font>\n",
        ])
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let grouped = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(grouped.status == 0)
        #expect(grouped.stderr.components(separatedBy: "\n").filter { $0.contains("warning:") } == [
            "content/a.md:4:1: warning: raw HTML <font> removed (its content is kept) (and 2 more in this note)",
        ])
        #expect(grouped.stderr.contains("3 warnings. Open _site/index.html\nWarnings by kind: 3 raw-html:<font>\n"))
        let verbose = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site", "--verbose"], in: folder.url)
        #expect(verbose.stderr.components(separatedBy: "\n").filter { $0.contains("warning:") }.count == 3)
    }
}
