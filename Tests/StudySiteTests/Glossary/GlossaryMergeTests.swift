import Foundation
import PropertyBased
import Testing
@testable import StudySite

/// The same term from several places: glossary.yml wins over the notes, the notes' first
/// definition over later ones, and different text is a warning naming both `path:line`s.
@Suite struct GlossaryMergeTests {
    @Test func theDataFileWinsOverTheNotesAndKeepsTheNotesPlace() throws {
        let result = try GlossaryTestSite.build(
            [("terms", "## Key terms\n\n- **Region**: From the notes\n")],
            glossaryYAML: "- term: region\n  aliases: [Regions]\n  definition: From the data file\n")
        let entry = try #require(result.site.glossary.first)
        #expect(result.site.glossary.count == 1)
        #expect(entry.term == "region")
        #expect(entry.definition == "From the data file")
        #expect(entry.aliases == ["Regions"])
        #expect(entry.definedIn == PageAnchor(slug: "terms", headingID: "key-terms"))
        let warning = try #require(result.log.warnings.first)
        #expect(result.log.warnings.count == 1)
        #expect(warning.location?.description == "content/terms.md:3:1")
        #expect(warning.message.contains("defined twice with different text"))
        #expect(warning.message.contains("\(result.site.contentDirectory)/glossary.yml:1:3"))
    }

    @Test func theFirstDefinitionInTheNotesWinsAndTheLaterOneIsWarnedAbout() throws {
        let result = try GlossaryTestSite.build([
            ("a", "- **Elasticity**: First text\n"),
            ("b", "Intro\n\n- **elasticity**: Second text\n"),
        ])
        let entry = try #require(result.entry("Elasticity"))
        #expect(entry.definition == "First text")
        #expect(entry.definedIn?.slug == "a")
        let warning = try #require(result.log.warnings.first)
        #expect(warning.location?.description == "content/b.md:3:1")
        #expect(warning.message.contains("content/a.md:1:1"))
        #expect(warning.message.contains("the first definition is used"))
    }

    @Test func theSameTextTwiceIsNoWarning() throws {
        let result = try GlossaryTestSite.build([
            ("a", "- **Elasticity**: Adjusts  capacity\n"),
            ("b", "- **Elasticity** – Adjusts capacity\n"),
        ])
        #expect(result.site.glossary.count == 1)
        #expect(result.log.all.isEmpty)
    }

    @Test func spellingsThatDifferOnlyByHyphensAreOneTerm() throws {
        let result = try GlossaryTestSite.build([("a", "- **Pay-as-you-go**: Pay for use\n- **Pay as you go**: Pay for use\n")])
        #expect(result.site.glossary.map(\.term) == ["Pay-as-you-go"])
    }

    @Test func frontMatterTermsMergeLikeNoteDefinitions() throws {
        var page = GlossaryTestSite.page("a")
        page.definitions = [TermDefinition(term: "Latency", definition: "From the list", headingID: nil, location: SourceLocation(path: "content/a.md", line: 6, column: 1))]
        page.declaredTerms = [DeclaredTerm(term: "Latency", definition: "From front matter", location: SourceLocation(path: "content/a.md", line: 3, column: 3))]
        let merge = GlossaryMerge(GlossaryCandidate.fromNotes([page]))
        // Front matter comes first in the file, so it is the first definition.
        #expect(merge.candidates.map(\.entry.definition) == ["From front matter"])
        #expect(merge.diagnostics.map(\.description) == [
            "content/a.md:6:1: warning: `Latency` is defined twice with different text, here and at content/a.md:3:3; the first definition is used"
        ])
    }

    @Test func anEntryListedTwiceInTheDataFileIsWarnedAboutAndTheFirstKept() throws {
        let yaml = "- term: CIDR\n  definition: One\n- term: CIDR\n  definition: One\n"
        let result = try GlossaryTestSite.build([], glossaryYAML: yaml)
        #expect(result.site.glossary.map(\.definition) == ["One"])
        let warning = try #require(result.log.warnings.first)
        #expect(warning.location?.line == 3)
        #expect(warning.message.contains("listed twice"))
    }

    @Test func entriesAreSortedIgnoringCaseAndAccentsWithUniqueIDs() throws {
        let yaml = """
            - {term: zeta, definition: z}
            - {term: Édge, definition: e}
            - {term: Alpha, definition: a}
            - {term: alpha beta, definition: ab}
            - {term: NodeJS, definition: n1}
            - {term: Node.js, definition: n2}
            """
        let result = try GlossaryTestSite.build([], glossaryYAML: yaml)
        #expect(result.log.all.isEmpty)
        #expect(result.site.glossary.map(\.term) == ["Alpha", "alpha beta", "Édge", "Node.js", "NodeJS", "zeta"])
        #expect(result.site.glossary.map(\.id) == ["term-alpha", "term-alpha-beta", "term-édge", "term-nodejs", "term-nodejs-1", "term-zeta"])
    }

    @Test func termsThatOnlyDifferInPunctuationStayTwoEntriesWithAWarning() throws {
        let result = try GlossaryTestSite.build([], glossaryYAML: "- {term: C, definition: c}\n- {term: C++, definition: cpp}\n")
        #expect(result.site.glossary.map(\.term) == ["C", "C++"])
        #expect(result.log.warnings.map(\.message) == ["`C++` is matched as the same words as `C` (\(result.site.contentDirectory)/glossary.yml:1:3); mentions link there"])
    }

    @Test func usedInListsPagesInSiteOrderAndSkipsTheDefiningBold() throws {
        let result = try GlossaryTestSite.build([
            ("terms", "- **Region**: A place\n"),
            ("b", "Regions everywhere.\n"),
            ("c", "## Region\n\nOnly in a heading and `Region` code.\n"),
            ("a", "One Region.\n"),
        ])
        #expect(result.entry("Region")?.usedIn == ["b", "a"])
    }

    /// "Used in" finds a phrase where the linker links it: across a wrapped line and inside
    /// emphasis, not across paragraphs, table cells, a hard line break, code or into emphasis.
    @Test func usedInFollowsThePhraseRulesOfTheLinker() throws {
        let result = try GlossaryTestSite.build([
            ("terms", "- **Availability Zone**: A place\n"),
            ("wrapped", "Each Availability\nZone.\n"),
            ("paragraphs", "Availability\n\nZone.\n"),
            ("cells", "| a | b |\n|---|---|\n| Availability | Zone |\n"),
            ("hard", "Availability\\\nZone.\n"),
            ("emphasis", "Availability *Zone*.\n"),
            ("code", "Availability `az` Zone.\n"),
            ("bold", "The **Availability Zone** itself.\n"),
        ])
        #expect(result.entry("Availability Zone")?.usedIn == ["wrapped", "bold"])
    }
}

/// `GlossaryMerge.key`: lower-cased, split at white space and `-`, joined by single spaces,
/// for any mix of ASCII and other characters.
@Suite struct GlossaryMergeKeyTests {
    private static let characters: [Character] = ["a", "Z", "q", "9", "+", " ", "-", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "(", "é", "\u{00A0}"]
    private static let terms = Gen.element(of: characters).map { $0! }.string(of: 0...12)

    @Test func spacingComparisonIgnoresOnlySpacing() async {
        let pairs = zip(Self.terms, Self.terms)
        await propertyCheck(input: pairs) { first, second in
            #expect(GlossaryMerge.sameIgnoringSpacing(first, second) == (first.split(whereSeparator: \.isWhitespace) == second.split(whereSeparator: \.isWhitespace)))
            #expect(GlossaryMerge.sameIgnoringSpacing(first, first))
            #expect(GlossaryMerge.sameIgnoringSpacing(first, "\t" + first.replacingOccurrences(of: " ", with: "  ") + " \n"))
        }
    }

    /// ASCII text takes a byte-by-byte path; its keys and spacing must be the character rule's.
    @Test func keysAndSpacingFollowTheCharacterRule() async {
        await propertyCheck(input: Self.terms) { term in
            #expect(GlossaryMerge.key(for: term) == term.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " "))
            #expect(GlossaryMerge.normalized(term) == term.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    @Test func examples() {
        #expect(GlossaryMerge.sameIgnoringSpacing("A  box\nwith\tlids ", "A box with lids"))
        #expect(!GlossaryMerge.sameIgnoringSpacing("A box", "A bo x"))
        #expect(GlossaryMerge.key(for: "Pay-as-you-go") == "pay as you go")
        #expect(GlossaryMerge.key(for: "  Availability\tZone (AZ) ") == "availability zone (az)")
        #expect(GlossaryMerge.key(for: "C++") == "c++")
        #expect(GlossaryMerge.key(for: "Café\u{00A0}Crème-Brûlée") == "café crème brûlée")
    }
}
