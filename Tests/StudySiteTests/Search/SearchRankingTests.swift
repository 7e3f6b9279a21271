import Testing
@testable import StudySite

/// BM25 with boosts, computed at build time.
@Suite struct SearchRankingTests {
    static func item(_ heading: String, _ text: String, title: String = "Page", glossary: Bool = false) -> SearchItem {
        SearchItem(heading: heading, anchor: heading.lowercased(), text: text, headingWords: heading, titleWords: title, isGlossaryTerm: glossary)
    }

    /// The level of `term` for each (group, item), as the script reads it.
    static func levels(_ groups: [SearchGroup], _ term: String) -> [String: Float] {
        let postings = SearchRanking.rank(groups).first { $0.term == term }?.postings ?? []
        return Dictionary(uniqueKeysWithValues: postings.map { ("\($0.group).\($0.item)", $0.weight) })
    }

    @Test func aHeadingOutweighsTheSameWordInText() {
        let groups = [SearchGroup(title: "Page", url: "p.html", items: [
            Self.item("Traffic", "Traffic leaves through a gateway of some kind, and more words here."),
            Self.item("Other", "A gateway, the gateway, every gateway: words that repeat gateway."),
            Self.item("Internet gateway", "Connects the VPC to the internet."),
        ])]
        let levels = Self.levels(groups, "gateway")
        #expect(levels["0.2"]! > levels["0.1"]!)
        #expect(levels["0.2"]! > levels["0.0"]!)
    }

    @Test func thePageTitleAndGlossaryTermsAreBoosted() {
        let groups = [
            SearchGroup(title: "Lambda", url: "lambda.html", items: [Self.item("Handlers", "Code runs on events. Lambda too.", title: "Serverless with Lambda")]),
            SearchGroup(title: "Other", url: "other.html", items: [Self.item("Handlers", "Code runs on events. Lambda too.", title: "Other")]),
            SearchGroup(title: "Glossary", url: "glossary.html", items: [Self.item("Lambda", "Runs code without servers.", title: "", glossary: true)]),
        ]
        let levels = Self.levels(groups, "lambda")
        #expect(levels["0.0"]! > levels["1.0"]!, "the same section on a page titled with the word comes first")
        #expect(levels["2.0"]! > levels["0.0"]!, "the glossary's term comes before both")
    }

    @Test func rareWordsWeighMoreThanCommonOnes() {
        let items = (0..<20).map { Self.item("Section \($0)", $0 == 3 ? "the subnet and the zone" : "the zone") }
        let groups = [SearchGroup(title: "Page", url: "p.html", items: items)]
        #expect(Self.levels(groups, "subnet")["0.3"]! > Self.levels(groups, "the")["0.3"]!)
    }

    @Test func aCommonTermKeepsOnlyItsBestPostings() {
        let count = SearchRanking.maximumPostings + 200
        let groups = (0..<count).map { index in
            SearchGroup(title: "P\(index)", url: "p\(index).html", items: [Self.item(index == count - 1 ? "Common" : "H", "common word " + String(repeating: "filler ", count: index % 7))])
        }
        let postings = SearchRanking.rank(groups).first { $0.term == "common" }!.postings
        #expect(postings.count == SearchRanking.maximumPostings)
        #expect(postings.contains { $0.group == Int32(count - 1) }, "the one with the term in its heading is kept")
        #expect(postings.map(\.group) == postings.map(\.group).sorted(), "postings stay in document order")
    }
}

/// The postings a term keeps, against the sort they replace.
@Suite struct SearchRankingBestTests {
    /// What sorting by score (ties: the earlier posting first) and cutting keeps, in document order.
    static func bySorting(_ list: [SearchRanking.Posting]) -> [SearchRanking.Posting] {
        var sorted = list.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.group, $0.item) < ($1.group, $1.item) }
        if sorted.count > SearchRanking.maximumPostings { sorted.removeLast(sorted.count - SearchRanking.maximumPostings) }
        return sorted.sorted { ($0.group, $0.item) < ($1.group, $1.item) }
    }

    @Test(arguments: Array(UInt64(1)...12))
    func theBestPostingsAreTheOnesASortKeeps(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        // Few distinct scores (many ties at the cut), or many; lists shorter and longer than the cap.
        let distinct = [2, 7, 50, 100_000][Int(seed) % 4]
        let count = [10, SearchRanking.maximumPostings, SearchRanking.maximumPostings + 1, 3_000, 20_000][Int(seed) % 5]
        var list: [SearchRanking.Posting] = []
        for group in 0..<count / 2 {
            for item in 0..<2 {
                list.append(SearchRanking.Posting(group: Int32(group), item: Int32(item), weight: Float(Int.random(in: 0..<distinct, using: &random)) / 3))
            }
        }
        #expect(SearchRanking.best(list) == Self.bySorting(list))
    }

    @Test func theLargestIsFoundAmongEqualValues() {
        var values: [Float] = [3, 1, 3, 3, 2, 3, 1, 0, 3]
        let sorted = values.sorted(by: >)
        for rank in values.indices {
            let found = values.withUnsafeMutableBufferPointer { SearchRanking.largest(rank, of: $0) }
            #expect(found == sorted[rank])
        }
    }
}
