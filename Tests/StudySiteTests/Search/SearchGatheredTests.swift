import Testing
@testable import StudySite

/// The gathered terms `serve` keeps: updated with the groups an edit changed, added, removed
/// or moved, they give what gathering every group afresh gives.
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

    /// Applies `edit` to the groups (a group as a number names it kept, as a group counted anew)
    /// and compares the updated terms with a fresh gathering.
    static func expectUpdate(
        _ gathered: inout SearchRanking.Gathered, _ groups: inout [SearchGroup], to edited: [Either], _ name: String
    ) {
        gathered.update(edited.map { change in
            switch change {
            case .kept(let old): .kept(old)
            case .new(let group): .counted(SearchRanking.counts(of: group))
            }
        })
        groups = edited.map { change in
            switch change {
            case .kept(let old): groups[old]
            case .new(let group): group
            }
        }
        #expect(Self.ranked(gathered) == Self.ranked(SearchRanking.Gathered(groups.map(SearchRanking.counts))), "\(name)")
    }

    enum Either {
        case kept(Int)
        case new(SearchGroup)
    }

    @Test func updatingGivesWhatGatheringAfreshGives() {
        // Enough groups that a common word is cut to its best postings.
        var groups = (0..<(SearchRanking.maximumPostings + 50)).map { Self.group($0, words: "common words w\($0 % 13) route table") }
        var gathered = SearchRanking.Gathered(groups.map(SearchRanking.counts))
        let count = groups.count
        func keptAll() -> [Either] { groups.indices.map { .kept($0) } }

        // Words dropped (`table`), added (`zebra`, `ärger`, `🙂x`), repeated to weigh more.
        var edit = keptAll()
        edit[7] = .new(Self.group(7, words: "common words common common route zebra"))
        edit[0] = .new(Self.group(0, words: "ärger route w3 w3 w3"))
        edit[count - 1] = .new(Self.group(count - 1, words: "🙂x ﬀ route"))
        Self.expectUpdate(&gathered, &groups, to: edit, "groups edited in place")

        edit = keptAll()
        edit[7] = .new(Self.group(7, words: "common words w7 route table"))
        edit[500] = .new(Self.group(500, words: ""))
        Self.expectUpdate(&gathered, &groups, to: edit, "a word gone and back")
        #expect(!Self.ranked(gathered).contains { $0.hasPrefix("zebra ") })

        edit = keptAll()
        edit.insert(.new(Self.group(9_000, words: "aardvark common")), at: 3)
        edit.remove(at: 800)
        edit.append(.new(Self.group(9_001, words: "zebra at the end")))
        Self.expectUpdate(&gathered, &groups, to: edit, "groups added and removed")

        edit = keptAll()
        edit.swapAt(2, 900)
        edit.swapAt(10, 11)
        edit[5] = .new(Self.group(5, words: "moved around common"))
        Self.expectUpdate(&gathered, &groups, to: edit, "groups moved")

        Self.expectUpdate(&gathered, &groups, to: keptAll(), "nothing changed")
    }
}
