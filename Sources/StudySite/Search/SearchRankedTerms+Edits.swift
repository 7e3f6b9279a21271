import Foundation

/// A save changes the postings of every term in the saved note, and a common word's list is
/// as long as the site: ranking those again was most of what was left of the index's time.
/// Where the list is cut to its best postings and as many of the note's postings are above
/// the cut as before, the best postings are the same but for the note's own, and the term
/// is kept like any other while its margins hold.
extension SearchRankedTerms {
    /// Term `term`, whose postings in the `edited` groups changed, if it keeps the best
    /// postings it kept but for the edited groups' (and whether those changed): the list was
    /// and is cut, and in each edited group as many postings are above the lowest kept score,
    /// and equal to it, as were kept. The edited groups' postings are scored with
    /// what the term was ranked with, so they move from there as the kept ones do, and the
    /// term's margins are taken again with them.
    func keepingBest(
        _ term: Int, edited: Set<Int32>, _ lists: [[SearchRanking.Gathered.Entry]], _ lengths: [[Int]]
    ) -> (Term, newBest: Bool)? {
        // (Many groups counted again, as after a change to every page, are ranked whole.)
        guard edited.count <= 8, term < terms.count, !terms[term].best.isEmpty, lists[term].count > SearchRanking.maximumPostings
        else { return nil }
        var kept = terms[term]
        var newBest = false
        for group in edited.sorted() {
            let was = Self.postings(of: group, in: kept.best)
            let range = SearchRanking.Gathered.postings(of: group, in: lists[term])
            let scores = SearchRanking.scores(Array(lists[term][range]), idf: kept.idf, lengths: lengths, averageLength: kept.averageLength)
            // As many of the group's postings above the cut and equal to it as it had kept
            // (those equal to it scored as the others that are, so they stay equal), the
            // others below it.
            let old = kept.best[was]
            let above = scores.count { $0.weight > kept.cut }
            let tied = scores.filter { $0.weight == kept.cut }
            let highestBelow = scores.lazy.map(\.weight).filter { $0 < kept.cut }.max()
            guard above == old.count { $0.weight > kept.cut }, tied.count == old.count - above else { return nil }
            if !tied.isEmpty {
                let list = lists[term]
                guard let other = kept.best.first(where: { $0.weight == kept.cut && !edited.contains($0.group) }),
                      let otherEntry = list[SearchRanking.Gathered.postings(of: other.group, in: list)].first(where: { $0.posting.item == other.item })
                else { return nil }
                let inputs = SearchRanking.inputs(otherEntry, lengths: lengths)
                let groupEntries = list[range]
                guard tied.allSatisfy({ posting in
                    groupEntries.first { $0.posting.item == posting.item }.map { SearchRanking.inputs($0, lengths: lengths) == inputs } ?? false
                }) else { return nil }
            }
            if let highestBelow, highestBelow > 0 {
                kept.margins.selection = min(kept.margins.selection, log(Double(kept.cut) / Double(highestBelow)))
            }
            if let lowestAbove = scores.lazy.map(\.weight).filter({ $0 > kept.cut }).min() {
                kept.margins.selection = min(kept.margins.selection, log(Double(lowestAbove) / Double(kept.cut)))
            }
            if !old.isEmpty {
                kept.best.replaceSubrange(was, with: scores.filter { $0.weight >= kept.cut })
                newBest = true
            }
        }
        if newBest {
            kept.highest = kept.best.lazy.map(\.weight).max() ?? 0
            kept.logHighest = log(Double(kept.highest))
            (kept.margins.down, kept.margins.up) = SearchRanking.levelMargins(kept.best, highest: kept.highestOfAll)
        }
        return (kept, newBest)
    }

    /// Where `group`'s postings are in `postings` (in group order).
    private static func postings(of group: Int32, in postings: [SearchRanking.Posting]) -> Range<Int> {
        func firstIndex(where isPast: (Int32) -> Bool) -> Int {
            var low = 0
            var high = postings.count
            while low < high {
                let middle = (low + high) / 2
                if isPast(postings[middle].group) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return firstIndex { $0 >= group }..<firstIndex { $0 > group }
    }
}
