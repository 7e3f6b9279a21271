import Testing
@testable import StudySite

/// Mentions of glossary terms in the notes become `<a class="term"><abbr title>` links:
/// per page the first mention only (or all, or none, from site.yml), never in headings,
/// code, links or images, never inside the term's own definition, and with the text as written.
@Suite struct TermLinkingTests {
    static let definitions = "## Terms\n\n- **Region**: A physical location\n- **Availability Zone**: Data centers in a Region\n- **Zone**: Any zone\n"

    func link(_ term: String, _ text: String, root: String = "") -> String {
        "<a class=\"term\" href=\"\(root)glossary.html#term-\(term)\"><abbr title="
    }

    @Test func onlyTheFirstMentionOnEachPageIsLinkedByDefault() throws {
        let result = try GlossaryTestSite.build([
            ("terms", Self.definitions),
            ("a", "A Region here. Another Region there.\n\nAnd a third Region.\n"),
            ("b", "Region again on another page, Region.\n"),
        ])
        #expect(result.html("a").occurrences(of: "href=\"glossary.html#term-region\"") == 1)
        #expect(result.html("b").occurrences(of: "href=\"glossary.html#term-region\"") == 1)
        #expect(result.html("a").contains("A <a class=\"term\" href=\"glossary.html#term-region\"><abbr title=\"A physical location\">Region</abbr></a> here. Another Region there."))
    }

    /// A cell's text must survive its term link: an earlier renderer emptied such cells.
    @Test func termsInTableCellsAreLinkedAndTheCellKeepsItsText() throws {
        let result = try GlossaryTestSite.build([
            ("terms", Self.definitions),
            ("a", "| Where | Note |\n|---|---|\n| Region | One Availability Zone or more |\n"),
        ])
        let html = result.html("a")
        #expect(html.contains("<td data-label=\"Where\"><a class=\"term\" href=\"glossary.html#term-region\"><abbr title=\"A physical location\">Region</abbr></a></td>"))
        #expect(html.contains("<td data-label=\"Note\">One <a class=\"term\" href=\"glossary.html#term-availability-zone\"><abbr title=\"Data centers in a Region\">Availability Zone</abbr></a> or more</td>"))
    }

    /// A column header names the column: a term there is not linked, the body cells still are.
    @Test func termsInTableHeaderCellsAreNotLinked() throws {
        let result = try GlossaryTestSite.build([
            ("terms", Self.definitions),
            ("a", "| Region | Note |\n|---|---|\n| x | One Region |\n"),
        ])
        let html = result.html("a")
        #expect(html.contains("<th scope=\"col\">Region</th>"))
        #expect(html.contains("<td data-label=\"Note\">One <a class=\"term\" href=\"glossary.html#term-region\">"))
    }

    /// `link: exact-case` links the term only where it is written as the term; `never` not at all.
    @Test func linkSettingOfGlossaryYMLChoosesWhichMentionsLink() throws {
        let result = try GlossaryTestSite.build([
            ("terms", Self.definitions),
            ("a", "The letter gets to its destination. The Destination column.\n"),
            ("b", "A Region and a region.\n"),
        ], glossaryYAML: "- term: Destination\n  link: exact-case\n  definition: \"Where traffic goes.\"\n- term: Region\n  link: never\n")
        #expect(result.html("a").contains("gets to its destination. The <a class=\"term\" href=\"glossary.html#term-destination\">"))
        #expect(!result.html("b").contains("term-region"))
        #expect(result.log.warnings.isEmpty, "\(result.log.warnings)")
    }

    @Test func linkTermsAllLinksEveryMention() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions), ("a", "Region, Region and Regions.\n")], linkTerms: .all)
        #expect(result.html("a").occurrences(of: "term-region\"") == 3)
    }

    @Test func linkTermsNoneLinksNothing() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions), ("a", "Region and Availability Zone.\n")], linkTerms: .none)
        #expect(!result.html("a").contains("class=\"term\""))
        #expect(!result.html("terms").contains("class=\"term\""))
        // The glossary itself is still built.
        #expect(result.site.glossary.count == 3)
    }

    @Test func theLongestTermWins() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions), ("a", "Each Availability Zone, unlike a zone.\n")])
        let html = result.html("a")
        #expect(html.contains(">Availability Zone</abbr></a>"))
        #expect(html.contains("unlike a <a class=\"term\" href=\"glossary.html#term-zone\"><abbr title=\"Any zone\">zone</abbr></a>."))
    }

    @Test func theTextKeepsItsCase() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions), ("a", "REGIONS matter.\n")])
        #expect(result.html("a").contains("<abbr title=\"A physical location\">REGIONS</abbr></a> matter."))
    }

    @Test func headingsCodeLinksAndImagesAreNotLinked() throws {
        let markdown = """
            ## Region heading

            Code `Region` and a [Region link](x.md) and ![Region image](r.png).

            ```
            Region in a block
            ```

            Finally a Region.
            """
        let html = try GlossaryTestSite.build([("terms", Self.definitions), ("a", markdown), ("x", "")]).html("a")
        #expect(html.occurrences(of: "class=\"term\"") == 1)
        #expect(html.contains("Finally a <a class=\"term\""))
        #expect(html.contains("<code>Region</code>"))
        #expect(html.contains("<a href=\"x.html\">Region link</a>"))
    }

    @Test func aTermIsNotLinkedInsideItsOwnDefinitionButElsewhereOnThatPage() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions + "\nA Region is big.\n")])
        let html = result.html("terms")
        #expect(html.contains("<li><strong>Region</strong>: A physical location</li>"))
        #expect(html.contains("<li><strong>Availability Zone</strong>: Data centers in a <a class=\"term\" href=\"glossary.html#term-region\">"))
        // Region's first linkable mention was inside Availability Zone's definition.
        #expect(html.occurrences(of: "term-region\"") == 1)
        // Nor is it linked elsewhere in its own definition.
        #expect(html.contains("<li><strong>Zone</strong>: Any zone</li>"))
    }

    @Test func phrasesLinkEvenWhereCmarkSplitsTheText() throws {
        // cmark-gfm starts a new text node at `w`, `:` (autolinks), `_`, `!` and `[`.
        let notes = "- **Power switch network**: A switch\n- **Rule_set**: Rules\n"
        let result = try GlossaryTestSite.build([("terms", notes), ("a", "The power switch network works: a rule_set too.\n")])
        let html = result.html("a")
        #expect(html.contains(">power switch network</abbr></a> works"))
        #expect(html.contains(">rule_set</abbr></a> too."))
    }

    @Test func tableCellsAndEmphasisAreLinked() throws {
        let markdown = "| Name |\n| --- |\n| *Region* |\n"
        let html = try GlossaryTestSite.build([("terms", Self.definitions), ("a", markdown)]).html("a")
        #expect(html.contains("<em><a class=\"term\" href=\"glossary.html#term-region\"><abbr title=\"A physical location\">Region</abbr></a></em>"))
    }

    @Test func pagesInASectionLinkUpToTheGlossary() throws {
        let result = try GlossaryTestSite.build([("terms", Self.definitions), ("networking/vpc", "A VPC lives in a Region.\n")])
        #expect(result.html("networking/vpc").contains("href=\"../glossary.html#term-region\""))
    }

    @Test func tooltipIsTheShortPlainDefinitionEscaped() throws {
        let long = String(repeating: "word ", count: 50)
        let yaml = """
            - term: Quote
              definition: 'Says "hi" & <b>bye</b> with **bold** and [a link](x.md)'
            - term: Long
              definition: "\(long)end"
            """
        let result = try GlossaryTestSite.build([("a", "Quote and Long.\n")], glossaryYAML: yaml)
        let html = result.html("a")
        #expect(html.contains("<abbr title=\"Says &quot;hi&quot; &amp; bye with bold and a link\">Quote</abbr>"))
        let title = try #require(html.split(separator: "<abbr title=\"").last?.split(separator: "\"").first)
        #expect(title.count <= 161)
        #expect(title.hasSuffix("word…"))
    }

    @Test func aliasesAndShortFormsLinkToTheirEntry() throws {
        let notes = "- **Availability Zone (AZ)**: Data centers\n"
        let yaml = "- term: Virtual Private Cloud\n  aliases: [VPC]\n  definition: A network\n"
        let result = try GlossaryTestSite.build([("terms", notes), ("a", "Two AZs and a VPC and one Availability Zone.\n")], glossaryYAML: yaml)
        let html = result.html("a")
        #expect(html.contains("href=\"glossary.html#term-availability-zone-az\"><abbr title=\"Data centers\">AZs</abbr>"))
        #expect(html.contains("href=\"glossary.html#term-virtual-private-cloud\"><abbr title=\"A network\">VPC</abbr>"))
        // First mention only: the later full name of the same entry is not linked again.
        #expect(html.occurrences(of: "term-availability-zone-az") == 1)
    }
}
