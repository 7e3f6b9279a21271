import Foundation
import Testing
@testable import StudySite

/// The real course in content/: its glossary holds the Key Terms of the notes with their
/// definitions, the glossary.yml terms, 40+ in all, and builds without glossary problems.
@Suite struct AWSGlossaryTests {
    static let keyTerms = [
        "Elasticity": "Automatically adjusts capacity",
        "High availability": "System remains accessible under failure",
        "Scalability": "Handles increasing demand",
        "Serverless": "Code execution without managing infrastructure (e.g., Lambda)",
        "Undifferentiated heavy lifting": "Tasks like racking, stacking, powering servers—not unique to the business but necessary",
        "Availability Zone (AZ)": "One or more discrete data centers in a Region",
        "Region": "A physical location with a cluster of AZs",
        "Management Console": "Web UI for managing AWS",
        "CLI": "Command line interface for programmatic access",
        "SDK": "Developer libraries to interact with AWS in various languages",
        "Shared Responsibility Model": "AWS secures the infrastructure; customers secure their use of services",
    ]

    struct Record: Decodable {
        struct Place: Decodable {
            var page: String
            var anchor: String?
        }

        var term: String
        var id: String
        var definition: String
        var aliases: [String]
        var see: [String]
        var defined_in: Place?
        var used_in: [String]
    }

    @Test func glossaryHoldsTheKeyTermsWithTheirDefinitionsAndFortyPlusTerms() throws {
        let site = try AWSSite.built()
        let records = try JSONDecoder().decode([Record].self, from: site.files["glossary.json"] ?? Data())
        let byTerm = Dictionary(records.map { ($0.term, $0) }, uniquingKeysWith: { first, _ in first })
        for (term, definition) in Self.keyTerms {
            #expect(byTerm[term]?.definition == definition, "\(term)")
            #expect(byTerm[term]?.defined_in?.page == "key-terms.html", "\(term)")
        }
        #expect(records.count >= 40)
        #expect(records.map(\.term) == records.map(\.term).sorted { Glossary.sortKey($0) < Glossary.sortKey($1) })
        #expect(!site.diagnostics.contains { $0.location?.path.hasSuffix("glossary.yml") == true })

        let page = site.text("glossary.html")
        for record in records { #expect(page.contains("<dt id=\"\(record.id)\"><dfn>")) }
        let tsvLines = site.text("glossary.tsv").split(separator: "\n")
        #expect(tsvLines.count == records.count)
        #expect(tsvLines.contains("Region\tA physical location with a cluster of AZs"))

        // The Key Terms page no longer links a term inside its own definition.
        let keyTerms = site.text("key-terms.html")
        #expect(keyTerms.contains("<li><strong>Elasticity</strong>: Automatically adjusts capacity</li>"))
        #expect(keyTerms.contains("<li><strong>Region</strong>: A physical location with a cluster of <a class=\"term\" href=\"glossary.html#term-availability-zone-az\">"))
    }
}
