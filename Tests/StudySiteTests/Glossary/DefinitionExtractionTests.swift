import Foundation
import Testing
@testable import StudySite

/// The first Markdown pass finds `- **Term**: definition` items in the cmark-gfm tree,
/// so bold inside code, links or quotes, and bold not followed by a colon or dash, is not a term.
@Suite struct DefinitionExtractionTests {
    static let fixture = Repository.fixtures.appendingPathComponent("glossary/extraction.md")

    @Test func fixtureYieldsExactlyTheDefinitionItemsInDocumentOrder() throws {
        let markdown = try String(contentsOf: Self.fixture, encoding: .utf8)
        let definitions = try GlossaryTestSite.analyze(markdown).definitions
        #expect(definitions.map(\.term) == [
            "Elasticity", "High availability", "Pay-as-you-go", "Scalability", "kubectl", "Region",
            "Latency", "Nested term", "Outer term", "Inner term",
        ])
        #expect(definitions.map(\.definition) == [
            "Automatically adjusts capacity",
            "System remains accessible under failure",
            "Only pay for what you use",
            "Handles increasing demand",
            "The Kubernetes command line",
            "A physical location, see [zones](/azs.md#zones) and `us-east-1`",
            "Time a request takes",
            "Defined in a nested list",
            "Outer definition",
            "Inner definition",
        ])
        #expect(definitions.allSatisfy { $0.headingID == "positive" })
        #expect(definitions.map(\.location.line) == [3, 4, 5, 6, 7, 8, 10, 13, 15, 16])
        #expect(definitions.allSatisfy { $0.location.path == "content/notes.md" && $0.location.column > 0 })
    }

    @Test func boldNotFollowedByColonOrDashIsNotATerm() throws {
        #expect(try GlossaryTestSite.analyze("- **Authentication** verifies *who* you are\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("- **Bold**-word without spaces\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("- **Term** and more: text\n").definitions.isEmpty)
    }

    @Test func boldInCodeOrInsideALinkIsNotATerm() throws {
        #expect(try GlossaryTestSite.analyze("- `**Code**: not a term`\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("```\n- **Fenced**: not a term\n```\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("- [**Linked**](x.md): not a term\n").definitions.isEmpty)
    }

    @Test func boldOutsideAListItemIsNotATerm() throws {
        #expect(try GlossaryTestSite.analyze("**Paragraph**: not in a list\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("> **Key Point:** in a quote\n").definitions.isEmpty)
        #expect(try GlossaryTestSite.analyze("- Use **least privilege**: not at the start\n").definitions.isEmpty)
    }

    @Test func aTermWithNothingAfterTheSeparatorIsNotATerm() throws {
        #expect(try GlossaryTestSite.analyze("- **Empty**:\n- **Also empty:**\n").definitions.isEmpty)
    }

    @Test func colonInsideTheBoldIsTheSecondForm() throws {
        let definition = try #require(try GlossaryTestSite.analyze("- **Scalability:** Handles *increasing* demand\n").definitions.first)
        #expect(definition.term == "Scalability")
        #expect(definition.definition == "Handles *increasing* demand")
    }

    @Test func termWithInlineCodeKeepsTheCodeText() throws {
        let definition = try #require(try GlossaryTestSite.analyze("- **The `ls` command**: Lists files\n").definitions.first)
        #expect(definition.term == "The ls command")
    }

    @Test func definitionKeepsOnlyTheFirstParagraphAsMarkdown() throws {
        let markdown = "- **Term**: First **bold** line\n  continued.\n\n  Second paragraph.\n"
        let definition = try #require(try GlossaryTestSite.analyze(markdown).definitions.first)
        #expect(definition.definition == "First **bold** line\ncontinued.")
    }

    @Test func nearestHeadingAboveGivesTheAnchor() throws {
        let markdown = "Intro\n\n- **Before**: no heading yet\n\n## Key terms\n\n### Compute\n\n- **After**: under Compute\n"
        let definitions = try GlossaryTestSite.analyze(markdown).definitions
        #expect(definitions.map(\.headingID) == [nil, "compute"])
    }

    @Test func relativeLinksInADefinitionBecomeRootRelativeSoTheyWorkFromTheGlossary() throws {
        let markdown = "- **Subnet**: see [routing](routing.md), [rules](#rules), [home](/index.md) and [AWS](https://aws.amazon.com)\n"
        let definition = try #require(try GlossaryTestSite.analyze(markdown, slug: "networking/vpc").definitions.first)
        #expect(definition.definition == "see [routing](/networking/routing.md), [rules](/networking/vpc.md#rules), [home](/index.md) and [AWS](https://aws.amazon.com)")
    }

    @Test func theDefiningTermIsNotSearchableTextButItsDefinitionIs() throws {
        let analysis = try GlossaryTestSite.analyze("- **Elasticity**: Automatically adjusts capacity\n\nPlain prose.\n")
        #expect(!analysis.searchableText.contains("Elasticity"))
        #expect(analysis.searchableText.contains("Automatically adjusts capacity"))
        #expect(analysis.searchableText.contains("Plain prose."))
    }

    @Test func searchableTextLeavesOutHeadingsAndCode() throws {
        let analysis = try GlossaryTestSite.analyze("## Region heading\n\nUse `region-code` here.\n\n```\nregion block\n```\n")
        #expect(!analysis.searchableText.lowercased().contains("region"))
        // The code span is left out, and parts the words around it as it parts the linker's runs.
        #expect(analysis.searchableText.contains("Use \(MarkdownCompiler.phraseBreak) here."))
    }
}
