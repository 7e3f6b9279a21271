import Foundation

/// Every term's ranked postings as its piece of a term file, kept between `serve`'s builds.
/// A save changes the postings of the saved note's terms only, but moves every score a
/// little (the average section length changes, and with it the highest score of all), so
/// ranking every term again was most of the index's time. Here a term is ranked again when
/// its postings changed (unless its best postings stay the best but for the note's own:
/// SearchRankedTerms+Edits.swift), when its highest score could be the highest of all, or
/// when the scores moved past its `Margins`; any other term's levels and best postings are
/// those a ranking would give, so its piece is kept. The pieces are made by the functions
/// `rank` uses (`scores`, `best`, `levelled`), so they are what `build` writes.
struct SearchRankedTerms: Sendable {
    struct Term: Sendable {
        /// `term postings`, as a term file holds it (`SearchShards.piece`); empty: no postings.
        var piece: [UInt8] = []
        /// What the piece was ranked with: the section count, the term's postings count and
        /// idf, the average length, the term's highest score (and its log) and the highest
        /// score of all.
        var documentCount = 0.0
        var frequency = 0
        var idf = 0.0
        var averageLength = 0.0
        var highest: Float = 0
        var logHighest = -Double.infinity
        var highestOfAll = 1.0
        var margins = SearchRanking.Margins(down: 0, up: 0, selection: 0)
        /// When `best` cut the list: the postings it kept with their scores, and the lowest of those.
        var best: [SearchRanking.Posting] = []
        var cut: Float = 0
    }

    private(set) var terms: [Term] = []
    /// Whether each term's piece changed in the last `update`.
    private(set) var changed: [Bool] = []
    /// How many terms the last `update` ranked again, how many edited terms it kept with
    /// their best postings, and of those how many had the edited postings among them (for tests).
    private(set) var lastRanked = 0
    private(set) var lastKeptEdited = 0
    private(set) var lastSpliced = 0

    /// A term scored: its best postings, with what its `Term` keeps.
    struct Scored: Sendable {
        var postings: [SearchRanking.Posting]
        var idf: Double
        var selection: Double
        var highest: Float
        var isCut: Bool
    }

    /// Ranks again the terms of `gathered` whose postings `changes` changed (every term when
    /// nil: the groups were renumbered) and those whose ranking the moved scores could change.
    mutating func update(_ gathered: SearchRanking.Gathered, changes: SearchRanking.Gathered.Changes?) {
        let statistics = SearchRanking.Statistics(gathered.lengths)
        let lists = gathered.lists
        let lengths = gathered.lengths
        let known = terms.count
        terms += repeatElement(Term(), count: max(0, lists.count - terms.count))
        var exact = [Bool](repeating: changes == nil, count: lists.count)
        // Edited terms whose best postings stay best: their pieces are written from them.
        var spliced: [Int] = []
        var keptEdited = 0
        for term in changes?.terms ?? [] {
            if let (kept, newBest) = keepingBest(Int(term), edited: changes!.groups, lists, lengths) {
                if newBest { spliced.append(Int(term)) }
                keptEdited += 1
                terms[Int(term)] = kept
            } else {
                exact[Int(term)] = true
            }
        }
        for term in lists.indices where term >= known || (terms[term].piece.isEmpty && !lists[term].isEmpty) { exact[term] = true }
        var scored = Self.score(lists.indices.filter { exact[$0] && !lists[$0].isEmpty }, lists, lengths, statistics)

        // The highest score of all: one of a term scored again, or of a term whose highest
        // could be above every one of those (scored now too).
        var drifts = [SearchRanking.Drift?](repeating: nil, count: lists.count)
        var lowest = scored.values.map { log(Double($0.highest)) }.max() ?? -.infinity
        for term in lists.indices where !exact[term] && !lists[term].isEmpty {
            let kept = terms[term]
            let same = kept.documentCount == statistics.documentCount && kept.frequency == lists[term].count
            let idf = same ? kept.idf : statistics.idf(frequency: lists[term].count)
            let drift = SearchRanking.Drift(idf: idf, was: kept.idf, averageLength: statistics.averageLength, was: kept.averageLength)
            drifts[term] = drift
            lowest = max(lowest, kept.logHighest + drift.shared - drift.own)
        }
        let contenders = lists.indices.filter { term in
            drifts[term].map { drift in terms[term].logHighest + drift.shared + drift.own >= lowest } ?? false
        }
        scored.merge(Self.score(contenders, lists, lengths, statistics)) { _, new in new }
        for term in contenders { drifts[term] = nil }
        let highestOfAll = Double(scored.values.map(\.highest).max() ?? 1)

        // The others keep their pieces unless the scores moved past their margins.
        var shiftOf = (highest: Double.nan, shift: 0.0)
        let moved = lists.indices.filter { term in
            guard let drift = drifts[term] else { return false }
            let was = terms[term].highestOfAll
            if was != shiftOf.highest { shiftOf = (was, highestOfAll == was ? 0 : log(highestOfAll / was)) }
            return !drift.keeps(terms[term].margins, highestShift: shiftOf.shift)
        }
        scored.merge(Self.score(moved, lists, lengths, statistics)) { _, new in new }

        changed = [Bool](repeating: false, count: lists.count)
        let respliced = spliced.filter { scored[$0] == nil }
        let splicedPieces = respliced.concurrentMap { [terms] term in
            SearchShards.piece(gathered.terms.string(term), SearchRanking.levelled(terms[term].best, highest: terms[term].highestOfAll))
        }
        for (term, piece) in zip(respliced, splicedPieces) {
            changed[term] = piece != terms[term].piece
            terms[term].piece = piece
        }
        let ranked = Array(scored)
        let pieces = ranked.concurrentMap { term, scored in
            SearchShards.piece(gathered.terms.string(term), SearchRanking.levelled(scored.postings, highest: highestOfAll))
        }
        for ((term, scored), piece) in zip(ranked, pieces) {
            let levels = SearchRanking.levelMargins(scored.postings, highest: highestOfAll)
            changed[term] = piece != terms[term].piece
            terms[term] = Term(
                piece: piece, documentCount: statistics.documentCount, frequency: lists[term].count, idf: scored.idf,
                averageLength: statistics.averageLength, highest: scored.highest, logHighest: log(Double(scored.highest)),
                highestOfAll: highestOfAll, margins: .init(down: levels.down, up: levels.up, selection: scored.selection),
                best: scored.isCut ? scored.postings : [], cut: scored.isCut ? scored.postings.lazy.map(\.weight).min() ?? 0 : 0)
        }
        for term in lists.indices where lists[term].isEmpty && !terms[term].piece.isEmpty {
            terms[term] = Term()
            changed[term] = true
        }
        lastRanked = ranked.count
        lastKeptEdited = keptEdited
        lastSpliced = spliced.count
    }

    /// `terms` scored as `rank` scores them, with their selection margins.
    private static func score(
        _ terms: [Int], _ lists: [[SearchRanking.Gathered.Entry]], _ lengths: [[Int]], _ statistics: SearchRanking.Statistics
    ) -> [Int: Scored] {
        let scored = terms.concurrentMap { term -> Scored in
            let idf = statistics.idf(frequency: lists[term].count)
            let scores = SearchRanking.scores(lists[term], idf: idf, lengths: lengths, averageLength: statistics.averageLength)
            let best = SearchRanking.best(scores)
            return Scored(
                postings: best, idf: idf, selection: SearchRanking.selectionMargin(scores, list: lists[term], lengths: lengths),
                highest: best.lazy.map(\.weight).max() ?? 0, isCut: best.count < scores.count)
        }
        return Dictionary(uniqueKeysWithValues: zip(terms, scored))
    }
}
