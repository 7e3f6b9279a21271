import Foundation

/// BM25 with field boosts, computed at build time: each (term, result) pair gets its
/// score, so the script adds up numbers instead of counting words. The text scores by
/// BM25; a word of the heading adds `headingBoost` times its idf, of the page title
/// `titleBoost`, of a glossary term or alias `glossaryBoost`. (Added after BM25's
/// saturation, not counted as extra words inside it: a heading would otherwise weigh
/// little more than a word said twice.)
struct SearchRanking {
    static let k1 = 1.2
    static let b = 0.75
    /// More than the most the text can give (k1 + 1): a section headed by a word comes
    /// before sections that only say it.
    static let headingBoost = 2.5
    static let titleBoost = 0.8
    static let glossaryBoost = 3.0
    /// A term keeps the results it scores highest in, at most this many (a word on every
    /// page of a large site would otherwise weigh more than all the rest of its file).
    static let maximumPostings = 1000
    /// Scores are written as one digit of 32 levels (the square root of the score relative to
    /// the highest, so low scores keep their order too).
    static let levels = 31.0

    /// A result's place: group and item within it.
    struct Posting: Sendable, Equatable {
        var group: Int32
        var item: Int32
        /// BM25 score, then its level 1–31 once ranked.
        var weight: Float
    }

    /// Every term of every result, with its postings ranked and levelled, terms in the
    /// order the script compares strings (UTF-16 code units). Counting and scoring run on
    /// every core; only merging the notes' term tables into one is sequential.
    static func rank(_ groups: [SearchGroup]) -> [(term: String, postings: [Posting])] {
        rank(groups.concurrentMap { group in counts(of: group) })
    }

    /// `rank` from each group's counts.
    static func rank(_ counted: [GroupCounts]) -> [(term: String, postings: [Posting])] {
        rank(Gathered(counted))
    }

    /// `rank` from the groups' counts gathered by term.
    static func rank(_ gathered: Gathered) -> [(term: String, postings: [Posting])] {
        let statistics = Statistics(gathered.lengths)
        let lengths = gathered.lengths
        // Each term keeps its best postings as soon as they are scored (the highest score
        // of all is among them), so the long lists are not kept whole past this map.
        let scored = gathered.lists.concurrentMap { list -> [Posting] in
            best(scores(list, idf: statistics.idf(frequency: list.count), lengths: lengths, averageLength: statistics.averageLength))
        }
        let highest = Double(scored.lazy.compactMap { $0.lazy.map(\.weight).max() }.max() ?? 1)
        let ranked = scored.concurrentMap { levelled($0, highest: highest) }
        return gathered.order.compactMap { ranked[$0].isEmpty ? nil : (gathered.terms.string($0), ranked[$0]) }
    }

    /// What a score reads of every section: how many there are and their average length.
    struct Statistics: Sendable, Equatable {
        var documentCount: Double
        var averageLength: Double

        /// `lengths`: per group, per item, the text's length in words.
        init(_ lengths: [[Int]]) {
            documentCount = Double(max(1, lengths.reduce(0) { $0 + $1.count }))
            averageLength = max(1, Double(lengths.reduce(0) { $0 + $1.reduce(0, +) }) / documentCount)
        }

        /// A term's idf from how many results it is in.
        func idf(frequency: Int) -> Double {
            let frequency = Double(frequency)
            return log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5))
        }
    }

    /// Every posting of a term's list scored (`weight`: BM25 of the text plus the fields'
    /// boosts, times `idf`), in the list's order.
    static func scores(_ list: [Gathered.Entry], idf: Double, lengths: [[Int]], averageLength: Double) -> [Posting] {
        list.map { posting, boost in
            let length = Double(lengths[Int(posting.group)][Int(posting.item)])
            let count = Double(posting.weight)
            let text = count * (k1 + 1) / (count + k1 * (1 - b + b * length / averageLength))
            return Posting(group: posting.group, item: posting.item, weight: Float(idf * (text + Double(boost))))
        }
    }

    /// Scored postings with each weight made its level, from the highest score of all.
    static func levelled(_ scored: [Posting], highest: Double) -> [Posting] {
        var list = scored
        for posting in list.indices { list[posting].weight = level(list[posting].weight, highest: highest) }
        return list
    }

    static func level(_ score: Float, highest: Double) -> Float {
        Float(max(1, min(levels, (levels * (Double(score) / highest).squareRoot()).rounded())))
    }
}
