import Testing
@testable import StudySite

/// `html:` in site.yml, and sanitized raw HTML in whole builds: its anchors and links in the
/// note-link check, glossary links in the Markdown it holds.
@Suite struct RawHTMLSiteTests {
    func build(_ files: [String: String], siteYML: String) throws -> (TemporaryDirectory, DiagnosticLog, Result<BuildReport, BuildFailure>) {
        let folder = try TemporaryDirectory()
        let content = try folder.write(files.merging(["site.yml": siteYML]) { mine, _ in mine }, under: "content")
        let log = DiagnosticLog()
        let options = BuildOptions(contentDirectory: content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site"))
        let result = Result { () throws(BuildFailure) -> BuildReport in try Pipeline.build(options, log: log) }
        return (folder, log, result)
    }

    static let note = ["a.md": "---\ntitle: A\n---\nText.\n\n<div class=\"box\">kept <font>plain</font></div>\n"]

    @Test func noneLeavesRawHTMLOutWithAWarningForEachPiece() throws {
        let (folder, log, _) = try build(Self.note, siteYML: "title: T\nhtml: none\n")
        #expect(log.warnings.map(\.description).contains { $0.hasSuffix("a.md:6: warning: raw HTML `<div class=\"box\">kept <font>plain</font>` is left out of the page (`html: none` in site.yml)") })
        #expect(try folder.read("_site/a.html").contains("<!-- raw HTML omitted -->"))
    }

    @Test func safeIsTheDefault() throws {
        let (folder, log, _) = try build(Self.note, siteYML: "title: T\n")
        #expect(try folder.read("_site/a.html").contains("<div class=\"box\">kept plain</div>"))
        #expect(log.warnings.map(\.message) == ["raw HTML <font> removed (its content is kept)"])
        #expect(log.warnings.first?.location?.line == 6)
    }

    @Test func unsafeHTMLTrueStillMeansUnsafeWithADeprecationWarning() throws {
        let (folder, log, _) = try build(Self.note, siteYML: "title: T\nunsafe_html: true\n")
        #expect(try folder.read("_site/a.html").contains("<div class=\"box\">kept <font>plain</font></div>"))
        let warning = try #require(log.warnings.first)
        #expect(warning.message == "`unsafe_html` is deprecated; write `html: unsafe` (raw HTML is now sanitized by default, see docs/raw-html.md)")
        #expect(warning.location?.line == 2 && warning.location?.path.hasSuffix("site.yml") == true)
    }

    @Test func anUnknownModeIsAnErrorAtItsLine() throws {
        let (_, _, result) = try build(Self.note, siteYML: "title: T\nhtml: sometimes\n")
        #expect(throws: BuildFailure.self) { try result.get() }
        guard case .failure(let failure) = result else { return }
        #expect(failure.diagnostics.map(\.message) == ["html must be safe, none or unsafe, found \"sometimes\""])
        #expect(failure.diagnostics.first?.location?.line == 2)
    }

    @Test func rawAnchorsAndLinksAreCheckedLikeTheNotesOwn() throws {
        let (folder, log, result) = try build([
            "a.md": "---\ntitle: A\n---\n[old](b.md#old-anchor) and [gone](b.md#gone)\n\n<p><a href=\"c.md\">raw link</a> <a href=\"b.md#inline\">ok</a></p>\n",
            "b.md": "---\ntitle: B\n---\n<a id=\"old-anchor\"></a>\n\n# B\n\nText <a name=\"inline\"></a>.\n",
        ], siteYML: "title: T\n")
        #expect(throws: BuildFailure.self) { try result.get() }
        #expect(log.errors.map(\.description).map { $0.replacingOccurrences(of: folder.path("content") + "/", with: "") } == [
            "a.md:4:28: error: broken link b.md#gone: no heading with id \"gone\" in b.md",
            "a.md:6:1: error: broken link c.md: no such note: the build writes no page c.html",
        ])
    }

    @Test func glossaryTermsAreLinkedInTheMarkdownRawHTMLHolds() throws {
        let (folder, _, result) = try build([
            "a.md": "---\ntitle: A\n---\n- **Subnet**: a range of addresses in a network.\n",
            "b.md": "---\ntitle: B\n---\n<details>\n<summary>Why</summary>\n\nEach Subnet lives in one zone.\n\n</details>\n",
        ], siteYML: "title: T\n")
        _ = try result.get()
        let page = try folder.read("_site/b.html")
        #expect(page.contains("<details>\n<summary>Why</summary>\n<p>Each <a class=\"term\" href=\"glossary.html#term-subnet\">"))
    }
}
