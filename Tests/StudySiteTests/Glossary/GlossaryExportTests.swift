import Foundation
import Testing
@testable import StudySite

/// glossary.json: every key on every record, sorted keys, stable bytes.
/// glossary.tsv: `term<TAB>definition` lines in plain text, no header line (for Anki).
@Suite struct GlossaryExportTests {
    static let entries = [
        GlossaryEntry(
            term: "Region", id: "term-region", definition: "A *physical* location, see [AZ](/key-terms.md#az)",
            aliases: ["Regions"], see: ["Availability Zone"], location: SourceLocation(path: "content/key-terms.md", line: 3),
            definedIn: PageAnchor(slug: "key-terms", headingID: "key-terms")),
        GlossaryEntry(
            term: "Tab\tand \"quote\"", id: "term-tab", definition: "Line one\nline two\twith a tab and `code` \\ done",
            location: SourceLocation(path: "content/glossary.yml", line: 9)),
    ]

    @Test func jsonHasEveryKeySortedWithNullForNoPlace() throws {
        var entries = Self.entries
        entries[0].usedIn = ["vpc", "networking/subnets"]
        let text = String(decoding: GlossaryExport.json(entries), as: UTF8.self)
        #expect(text == """
            [
              {
                "aliases": [
                  "Regions"
                ],
                "defined_in": {
                  "anchor": "key-terms",
                  "page": "key-terms.html"
                },
                "definition": "A *physical* location, see [AZ](/key-terms.md#az)",
                "id": "term-region",
                "see": [
                  "Availability Zone"
                ],
                "term": "Region",
                "used_in": [
                  "vpc.html",
                  "networking/subnets.html"
                ]
              },
              {
                "aliases": [],
                "defined_in": null,
                "definition": "Line one\\nline two\\twith a tab and `code` \\\\ done",
                "id": "term-tab",
                "see": [],
                "term": "Tab\\tand \\"quote\\"",
                "used_in": []
              }
            ]

            """)
        // And it is JSON a parser reads back.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed[1]["definition"] as? String == Self.entries[1].definition)
    }

    @Test func jsonEscapesControlCharacters() {
        var text = ""
        GlossaryJSON.string("a\u{1}b\u{2028}é").write(to: &text, indent: "")
        #expect(text == "\"a\\u0001b\\u2028é\"")
    }

    @Test func tsvIsOnePlainTextLinePerTermWithoutAHeader() {
        let text = String(decoding: GlossaryExport.tsv(Self.entries), as: UTF8.self)
        #expect(text == "Region\tA physical location, see AZ\nTab and \"quote\"\tLine one line two with a tab and code \\ done\n")
        #expect(text.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
    }

    @Test func bothFilesAreAddedToTheOutputNextToTheGlossary() throws {
        let result = try GlossaryTestSite.build([("a", "- **Region**: A place\n")])
        #expect(result.site.extraFiles.keys.sorted() == ["glossary.json", "glossary.tsv"])
        #expect(result.site.extraFiles["glossary.tsv"] == Array("Region\tA place\n".utf8))
    }
}
