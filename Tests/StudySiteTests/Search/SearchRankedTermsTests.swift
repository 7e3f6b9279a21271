import Testing
@testable import StudySite

/// The ranked terms and files `serve` keeps: after any edit, every term's piece and every
/// file are what ranking and writing the whole index afresh gives, while an edit of one
/// group's text ranks only some of the terms again.
@Suite struct SearchRankedTermsTests {
    /// A section of random words: a few common ones (in more than `maximumPostings` sections,
    /// so their lists are cut), many rarer ones, some repeated to weigh more.
    static func item(_ random: inout SeededGenerator, heading: String, title: String) -> SearchItem {
        let length = Int.random(in: 3..<40, using: &random)
        let words = (0..<length).map { _ in
            let rank = Int.random(in: 0..<1000, using: &random)
            return rank < 500 ? "common\(rank % 6)" : "word\(rank * rank % 997)"
        }
        return SearchItem(
            heading: heading, anchor: "", text: words.joined(separator: " "), headingWords: heading, titleWords: title)
    }

    static func group(_ random: inout SeededGenerator, _ number: Int, sections: Int? = nil) -> SearchGroup {
        let count = sections ?? Int.random(in: 1...3, using: &random)
        let items = (0..<count).map { index in
            Self.item(&random, heading: index == 0 ? "" : "Heading word\(Int.random(in: 0..<997, using: &random))", title: "Note \(number)")
        }
        return SearchGroup(title: "Note \(number)", url: "n\(number).html", items: items)
    }

    /// Each term's piece as `build` writes it, by term number.
    static func expectedPieces(_ gathered: SearchRanking.Gathered) -> [Int: [UInt8]] {
        let ranked = SearchRanking.rank(gathered)
        let numbers = Dictionary(uniqueKeysWithValues: gathered.terms.count == 0 ? [] : (0..<gathered.terms.count).map { (gathered.terms.string($0), $0) })
        return Dictionary(uniqueKeysWithValues: ranked.map { (numbers[$0.term]!, SearchShards.piece($0.term, $0.postings)) })
    }

    @Test(arguments: [UInt64(7), 19])
    func editsKeepWhatRankingAfreshWrites(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var groups = (0..<(SearchRanking.maximumPostings + 100)).map { Self.group(&random, $0) }
        var gathered = SearchRanking.Gathered(groups.map(SearchRanking.counts))
        var ranked = SearchRankedTerms()
        var files = SearchFiles()
        ranked.update(gathered, changes: nil)
        var rankedAgain: [Int] = []
        var keptEdited = 0
        var spliced = 0
        for step in 0..<24 {
            var edit = groups.indices.map { SearchRanking.Gathered.Group.kept($0) }
            var edited = groups
            let target = Int.random(in: 0..<groups.count, using: &random)
            switch step % 6 {
            case 0, 1, 2:
                // A text edit: the section count stays, the lengths move.
                edited[target] = Self.group(&random, target, sections: groups[target].items.count)
            case 3:
                // A section added (the section count moves every idf) to a group and a word
                // repeated in a heading (a candidate for the highest score of all).
                edited[target] = Self.group(&random, target, sections: groups[target].items.count + 1)
                edited[target].items[0].headingWords = "rare rare"
                edited[target].items[0].text = "rare"
            case 4:
                // Nothing changed.
                break
            default:
                // A group added and one removed: the groups after them are renumbered.
                edited.insert(Self.group(&random, 5_000 + step), at: target)
                edited.remove(at: (target + 7) % edited.count)
            }
            if step % 6 == 5 {
                edit.insert(.counted(SearchRanking.counts(of: edited[target])), at: target)
                edit.remove(at: (target + 7) % edit.count)
            } else if edited[target] != groups[target] {
                edit[target] = .counted(SearchRanking.counts(of: edited[target]))
            }
            groups = edited
            let changed = gathered.update(edit)
            ranked.update(gathered, changes: changed)
            if step % 6 < 3 {
                rankedAgain.append(ranked.lastRanked)
                keptEdited += ranked.lastKeptEdited
                spliced += ranked.lastSpliced
            }

            let expected = Self.expectedPieces(gathered)
            let differing = ranked.terms.indices.filter { ranked.terms[$0].piece != (expected[$0] ?? []) }
            #expect(differing.isEmpty, "seed \(seed), step \(step): \(differing.count) terms differ, as \(differing.prefix(3).map(gathered.terms.string))")
            let json = groups.map(SearchShards.groupJSONBytes)
            files.update(groupJSON: json, gathered: gathered, ranked: ranked)
            #expect(files.files == SearchShards.files(groupJSON: json, gathered: gathered), "seed \(seed), step \(step): files differ")
        }
        // A text edit ranks again its group's terms and some of those whose levels are at a
        // margin, not every term.
        #expect(rankedAgain.min()! < gathered.terms.count / 2, "ranked again per text edit: \(rankedAgain) of \(gathered.terms.count)")
        #expect(keptEdited > spliced && spliced > 0, "edited terms kept: \(keptEdited), with the edited postings among the best: \(spliced)")
    }
}
