import Testing
@testable import StudySite

/// The gathered terms `serve` keeps: replacing a group's counts gives what gathering every group afresh gives.
@Suite struct SearchGatheredTests {
    static func group(_ page: Int, words: String) -> SearchGroup {
        SearchGroup(title: "Note \(page)", url: "note-\(page).html", items: [
            SearchItem(heading: "", anchor: "", text: "Subnets and gateways of note \(page).", headingWords: "Note \(page)", titleWords: "Note \(page)"),
            SearchItem(heading: "Routes", anchor: "routes", text: words, headingWords: "Routes", titleWords: "Note \(page)"),
        ])
    }

    static func ranked(_ gathered: SearchRanking.Gathered) -> [String] {
        SearchRanking.rank(gathered).map { term, postings in term + " " + postings.map { "\($0.group).\($0.item):\($0.weight)" }.joined(separator: ",") }
    }

    @Test func replacingAGroupGivesWhatGatheringAfreshGives() {
        // Enough groups that a common word is cut to its best postings.
        var groups = (0..<(SearchRanking.maximumPostings + 50)).map { Self.group($0, words: "common words w\($0 % 13) route table") }
        var gathered = SearchRanking.Gathered(groups.map(SearchRanking.counts))
        // Words dropped (`table`), added (`zebra`, `ärger`, `🙂x`), and repeated to weigh more.
        let edits = [
            (7, "common words common common route zebra"),
            (0, "ärger route w3 w3 w3"),
            (groups.count - 1, "🙂x ﬀ route"),
            (7, "common words w7 route table"),
            (500, ""),
        ]
        for (index, words) in edits {
            let old = SearchRanking.counts(of: groups[index])
            groups[index] = Self.group(index, words: words)
            gathered.replace(group: index, old: old, new: SearchRanking.counts(of: groups[index]))
            #expect(Self.ranked(gathered) == Self.ranked(SearchRanking.Gathered(groups.map(SearchRanking.counts))), "after editing group \(index)")
        }
        // `zebra` left with the edit that added it; `table` came back.
        #expect(!Self.ranked(gathered).contains { $0.hasPrefix("zebra ") })
        #expect(Self.ranked(gathered).contains { $0.hasPrefix("table ") })
    }
}
