import Foundation
import Testing

@testable import StudySite

/// `sections:` and `start:` in site.yml: sidebar headings, header links and home-page sections
/// for notes at the top of content/, without moving files.
@Suite struct PageGroupTests {
    static let siteYML = """
        title: "Course"
        start: basics
        sections:
          - title: First steps
            summary: "Where to begin."
            pages: [basics, more]
          - title: Lookup
            header: true
            pages: [table, missing]
        """

    private func build() throws -> (folder: TemporaryDirectory, log: DiagnosticLog) {
        let folder = try TemporaryDirectory()
        try folder.write([
            "site.yml": Self.siteYML,
            "basics.md": "---\ntitle: Basics\norder: 20\n---\n\nText.\n",
            "more.md": "---\ntitle: More\norder: 30\n---\n\nText.\n",
            "table.md": "---\ntitle: Table\norder: 10\n---\n\nText.\n",
            "loose.md": "---\ntitle: Loose\norder: 40\n---\n\nText.\n",
        ], under: "content")
        let log = DiagnosticLog()
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
            log: log)
        return (folder, log)
    }

    @Test func sidebarGroupsPagesAndOpensTheCurrentGroup() throws {
        let (folder, _) = try build()
        let more = try folder.read("_site/more.html")
        #expect(more.contains("<details class=\"nav-group\" open><summary class=\"nav-group-title\">First steps</summary>"))
        #expect(more.contains("<details class=\"nav-group\"><summary class=\"nav-group-title\">Lookup</summary>"))
        #expect(more.contains("<a href=\"more.html\" aria-current=\"page\">More</a>"))
        // The header links the pages of `header: true` sections on every page.
        #expect(more.contains("<nav class=\"header-links\" aria-label=\"Reference\">\n    <a href=\"table.html\">Table</a>"))
    }

    @Test func pagesFollowTheSectionsThenTheirOrder() throws {
        let (folder, _) = try build()
        // Ungrouped first, then First steps (basics, more), then Lookup (table), whatever `order:` says across sections.
        #expect(try folder.read("_site/loose.html").contains("rel=\"next\" href=\"basics.html\""))
        #expect(try folder.read("_site/more.html").contains("rel=\"next\" href=\"table.html\""))
    }

    @Test func homePageSaysWhereToStartAndWhatEachSectionHolds() throws {
        let (folder, _) = try build()
        let home = try folder.read("_site/index.html")
        #expect(home.contains("Start with <a href=\"basics.html\">Basics</a>"))
        #expect(home.contains("<h2>First steps</h2>\n<p class=\"group-summary\">Where to begin.</p>"))
    }

    @Test func aSlugThatNamesNoPageIsAWarningWithItsLine() throws {
        let (_, log) = try build()
        let messages = log.warnings.map(\.description)
        #expect(messages.contains { $0.contains("site.yml:7:") && $0.contains("no page `missing` for section \"Lookup\"") }, "\(messages)")
    }
}
