import Testing
@testable import StudySite

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyAndCountsLines() throws {
        let split = try FrontMatter(splitting: "---\ntitle: A\norder: 2\n---\n\n# Body\n", path: "a.md")
        #expect(split.yaml == "title: A\norder: 2")
        #expect(split.body == "\n# Body\n")
        #expect(split.bodyStartLine == 5)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let split = try FrontMatter(splitting: "# Just text\n", path: "a.md")
        #expect(split.yaml == nil)
        #expect(split.body == "# Just text\n")
        #expect(split.bodyStartLine == 1)
    }

    @Test func windowsLineEndingsAndDotsCloseTheBlock() throws {
        let split = try FrontMatter(splitting: "---\r\ntitle: A\r\n...\r\nbody", path: "a.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "body")
    }

    @Test func unclosedFrontMatterIsAnErrorOnLineOne() {
        #expect(throws: BuildFailure.self) { try FrontMatter(splitting: "---\ntitle: A\n", path: "notes/a.md") }
        do {
            _ = try FrontMatter(splitting: "---\ntitle: A\n", path: "notes/a.md")
        } catch {
            #expect(error.diagnostics.first?.description == "notes/a.md:1:1: error: front matter starts with `---` on line 1 but has no closing `---` line")
        }
    }

    @Test func yamlErrorLineIsTheFileLine() {
        let log = DiagnosticLog()
        do {
            _ = try PageLoader.load(text: "---\ntitle: A\norder: [1\n---\nbody\n", path: "a.md", defaultSlug: "a", section: "", log: log)
            Issue.record("expected an error")
        } catch {
            let diagnostic = error.diagnostics.first
            #expect(diagnostic?.location?.path == "a.md")
            // Where the unclosed `[` is, not where libyaml gave up (the closing `---`).
            #expect(diagnostic?.location?.line == 3)
            #expect(diagnostic?.message.hasPrefix("invalid YAML") == true)
        }
    }

    @Test func wrongTypeNamesTheKeyAndLine() {
        do {
            _ = try PageLoader.load(text: "---\ntitle: A\norder: ten\n---\n", path: "a.md", defaultSlug: "a", section: "", log: DiagnosticLog())
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.description == "a.md:3:8: error: order must be a whole number, found \"ten\"")
        }
    }

    @Test func unknownKeysAreWarningsNotErrors() throws {
        let log = DiagnosticLog()
        let (page, markdown) = try PageLoader.load(text: "---\ntitle: A\ncolour: blue\n---\nbody\n", path: "a.md", defaultSlug: "a", section: "", log: log)
        #expect(page.title == "A")
        #expect(page.bodyStartLine == 5)
        #expect(markdown == "body\n")
        #expect(log.warnings.map(\.location?.line) == [3])
        #expect(log.warnings.first?.message.contains("unknown key `colour` in front matter") == true)
    }
}
