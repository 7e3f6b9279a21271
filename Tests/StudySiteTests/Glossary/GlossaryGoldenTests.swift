import Foundation
import Testing
@testable import StudySite

/// Builds Fixtures/glossary/content with the real templates and compares the glossary page's
/// `<main>`, glossary.json and glossary.tsv with Fixtures/glossary/expected.
/// `RECORD_GOLDENS=1 swift test --filter GlossaryGoldenTests` rewrites them (and fails on purpose).
@Suite struct GlossaryGoldenTests {
    static let fixture = Repository.fixtures.appendingPathComponent("glossary")

    static func build() throws -> (output: TemporaryDirectory, log: DiagnosticLog) {
        let output = try TemporaryDirectory()
        let log = DiagnosticLog()
        _ = try Pipeline.build(
            BuildOptions(
                contentDirectory: fixture.appendingPathComponent("content").path,
                templatesDirectory: Repository.templates, outputDirectory: output.path("_site")),
            log: log)
        return (output, log)
    }

    /// From `<main` to `</main>`: the layout around it belongs to other tests.
    static func main(of html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound]) + "\n"
    }

    @Test func glossaryPageAndExportsMatchTheExpectedFiles() throws {
        let (output, _) = try Self.build()
        let expected = Self.fixture.appendingPathComponent("expected")
        assertGolden(Self.main(of: try output.read("_site/glossary.html")), expected.appendingPathComponent("glossary.main.html"))
        assertGolden(try output.read("_site/glossary.json"), expected.appendingPathComponent("glossary.json"))
        assertGolden(try output.read("_site/glossary.tsv"), expected.appendingPathComponent("glossary.tsv"))
    }

    @Test func fixtureWarnsAboutBothConflictingDefinitionsWithTheirLocations() throws {
        let (_, log) = try Self.build()
        let content = Self.fixture.appendingPathComponent("content").path
        let warnings = log.warnings.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        #expect(warnings == [
            "basics.md:13:1: warning: `Elasticity` is defined twice with different text, here and at glossary.yml:15:3; the definition in glossary.yml is used",
            "pricing.md:11:1: warning: `Region` is defined twice with different text, here and at basics.md:11:1; the first definition is used",
        ])
    }

    @Test func theGlossaryPageLinksNoTermsAndTheNotesDo() throws {
        let (output, _) = try Self.build()
        #expect(!(try output.read("_site/glossary.html")).contains("class=\"term\""))
        let vpc = try output.read("_site/networking/vpc.html")
        #expect(vpc.contains("<a class=\"term\" href=\"../glossary.html#term-vpc\"><abbr title=\"An isolated network in the AWS cloud, made of subnets.\">VPC</abbr></a> spans"))
        #expect(vpc.contains("<code>VPC</code>"))
        let pricing = try output.read("_site/pricing.html")
        #expect(pricing.contains("<abbr title=\"A virtual server. It runs in a subnet, from an AMI.\">EC2 instance</abbr>"))
    }

    @Test func theGlossaryIsInTheSidebarOfEveryPage() throws {
        let (output, _) = try Self.build()
        #expect(try output.read("_site/basics.html").contains("<a href=\"glossary.html\">Glossary</a>"))
        #expect(try output.read("_site/networking/vpc.html").contains("<a href=\"../glossary.html\">Glossary</a>"))
        #expect(try output.read("_site/glossary.html").contains("<a href=\"glossary.html\" aria-current=\"page\">Glossary</a>"))
    }
}
