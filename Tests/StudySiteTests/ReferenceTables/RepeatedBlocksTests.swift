import Foundation
import Testing

@testable import StudySite

/// A table repeated on several pages is shown by one and linked from the others, unless a
/// block says `inline: true`; built through the whole pipeline.
@Suite struct RepeatedBlocksTests {
    static let table = "```cidr-table\nfrom: 16\nto: 28\n```\n"

    private func build(_ files: [String: String], siteYML: String = "title: Course\n") throws -> (folder: TemporaryDirectory, log: DiagnosticLog) {
        let folder = try TemporaryDirectory()
        try folder.write(files.merging(["site.yml": siteYML]) { a, _ in a }, under: "content")
        let log = DiagnosticLog()
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
            log: log)
        return (folder, log)
    }

    private func note(_ title: String, order: Int, _ body: String) -> String {
        "---\ntitle: \(title)\norder: \(order)\n---\n\n\(body)"
    }

    @Test func theReferencePageHoldsTheTableAndANoteLinksToIt() throws {
        let (folder, log) = try build([
            "basics.md": note("Basics", order: 1, "## Sizes\n\nText.\n\n" + Self.table),
            "net/vpc.md": note("VPC", order: 1, "## Prefixes\n\n" + Self.table),
            "cidr.md": note("CIDR Reference", order: 9, "Intro.\n\n## All prefixes\n\n" + Self.table),
        ], siteYML: "title: Course\nsections:\n  - title: Notes\n    pages: [basics]\n  - title: Reference\n    header: true\n    pages: [cidr]\n")
        #expect(log.errors.isEmpty)
        let cidr = try folder.read("_site/cidr.html")
        #expect(cidr.contains("<div class=\"generated cidr-table\" id=\"cidr-table-1\">"))
        #expect(!cidr.contains("generated-link"))
        let basics = try folder.read("_site/basics.html")
        #expect(basics.contains(
            "<p class=\"generated-link\"><a href=\"cidr.html#cidr-table-1\">CIDR prefixes /16 to /28</a>: shown on the page CIDR Reference, under “All prefixes”.</p>"))
        #expect(!basics.contains("<table"), "the repeat shows no table")
        // A page in a folder links up to the reference page.
        #expect(try folder.read("_site/net/vpc.html").contains("<a href=\"../cidr.html#cidr-table-1\">"))

        // The print page has the table once in the notes and once among the reference tables;
        // the repeats link inside the document.
        let print = try folder.read("_site/print.html")
        #expect(print.components(separatedBy: "<caption>CIDR prefixes /16 to /28: masks</caption>").count - 1 == 2)
        #expect(print.contains("<a href=\"#cidr--cidr-table-1\">CIDR prefixes /16 to /28</a>"))
        // The search index finds the table's numbers on the reference page only.
        let search = try FileTree.read(URL(fileURLWithPath: folder.path("_site/search"))).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(search.contains("shown on the page CIDR Reference"))
    }

    @Test func withoutAReferencePageTheFirstInSiteOrderHoldsIt() throws {
        let (folder, _) = try build([
            "a.md": note("A", order: 1, Self.table),
            "b.md": note("B", order: 2, "## Sizes\n\n" + Self.table),
        ])
        #expect(try folder.read("_site/a.html").contains("<div class=\"generated cidr-table\" id=\"cidr-table-1\">"))
        #expect(try folder.read("_site/b.html").contains("<a href=\"a.html#cidr-table-1\">CIDR prefixes /16 to /28</a>: shown on the page A."))
    }

    @Test func inlineKeepsTheTableAndTheSamePageLinksItsSecondCopyUp() throws {
        let (folder, log) = try build([
            "a.md": note("A", order: 1, "## One\n\n" + Self.table + "\n## Two\n\n" + Self.table),
            "b.md": note("B", order: 2, "```cidr-table\nfrom: 16\nto: 28\ninline: true\n```\n"),
        ])
        #expect(log.errors.isEmpty)
        let a = try folder.read("_site/a.html")
        #expect(a.contains("<div class=\"generated cidr-table\" id=\"cidr-table-1\">"))
        #expect(a.contains("<p class=\"generated-link\"><a href=\"#cidr-table-1\">CIDR prefixes /16 to /28</a>: shown above, under “One”.</p>"))
        let b = try folder.read("_site/b.html")
        #expect(b.contains("<div class=\"generated cidr-table\">") && !b.contains("generated-link"))
        // Print: A's table and B's, and among the reference tables A's only (B's is the same).
        let print = try folder.read("_site/print.html")
        #expect(print.components(separatedBy: "<caption>CIDR prefixes /16 to /28: masks</caption>").count - 1 == 3)
    }

    @Test func differentParametersAreDifferentTables() throws {
        let (folder, _) = try build([
            "a.md": note("A", order: 1, Self.table),
            "b.md": note("B", order: 2, "```cidr-table\nfrom: 16\nto: 24\n```\n"),
            "c.md": note("C", order: 3, "```cidr-table\nto: 28\n```\n"),
        ])
        #expect(!(try folder.read("_site/b.html")).contains("generated-link"))
        // Defaults count: `to: 28` alone is the same table as `from: 16, to: 28`.
        #expect(try folder.read("_site/c.html").contains("<a href=\"a.html#cidr-table-1\">"))
    }

    @Test func theAnchorAvoidsAHeadingsID() throws {
        let (folder, _) = try build([
            "a.md": note("A", order: 1, "## CIDR table 1\n\n" + Self.table),
            "b.md": note("B", order: 2, Self.table),
        ])
        #expect(try folder.read("_site/a.html").contains("<div class=\"generated cidr-table\" id=\"cidr-table-1-table\">"))
        #expect(try folder.read("_site/b.html").contains("<a href=\"a.html#cidr-table-1-table\">"))
    }

    @Test func inlineMustBeTrueOrFalse() throws {
        let block = ReferenceTableTestSupport.block("cidr-table", "inline: sometimes\n")
        let context = GeneratorContext(contentDirectory: "content", dataFiles: [:], log: DiagnosticLog(), today: CalendarDay(Date()), readsEC2Pricing: false)
        #expect(throws: BuildFailure.self) { try CIDRTableGenerator().html(for: block, context: context) }
        #expect(BlockParameters.isInline(ReferenceTableTestSupport.block("cidr-table", "inline: true\n")))
        #expect(!BlockParameters.isInline(ReferenceTableTestSupport.block("cidr-table", "inline: sometimes\n")))
    }

    @Test func theTitleIsWhatTheCaptionsShare() {
        #expect(RepeatedBlocks.title(of: "<caption>CIDR prefixes /0 to /8: masks</caption><caption>CIDR prefixes /0 to /8: sizes</caption>") == "CIDR prefixes /0 to /8")
        #expect(RepeatedBlocks.title(of: "<caption>Rates: x</caption><caption>Costs: y</caption>") == "Rates: x")
        #expect(RepeatedBlocks.title(of: "<p>no table</p>") == nil)
    }
}
