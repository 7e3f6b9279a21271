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
        let lists = gathered.lists
        let lengths = gathered.lengths  // per group, per item: the text's length in words
        let documentCount = Double(max(1, lengths.reduce(0) { $0 + $1.count }))
        let averageLength = max(1, Double(lengths.reduce(0) { $0 + $1.reduce(0, +) }) / documentCount)
        let lengthsByGroup = lengths
        // Each term keeps its best postings as soon as they are scored (the highest score
        // of all is among them), so the long lists are not kept whole past this map.
        let scored = (try? lists.concurrentMap { list -> [Posting] in
            let frequency = Double(list.count)
            let idf = log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5))
            return best(list.map { posting, boost in
                let length = Double(lengthsByGroup[Int(posting.group)][Int(posting.item)])
                let count = Double(posting.weight)
                let text = count * (k1 + 1) / (count + k1 * (1 - b + b * length / averageLength))
                return Posting(group: posting.group, item: posting.item, weight: Float(idf * (text + Double(boost))))
            })
        }) ?? []
        let highest = Double(scored.lazy.compactMap { $0.lazy.map(\.weight).max() }.max() ?? 1)
        let levelled = (try? scored.concurrentMap { scoredList -> [Posting] in
            var list = scoredList
            for posting in list.indices {
                list[posting].weight = Float(max(1, min(levels, (levels * (Double(list[posting].weight) / highest).squareRoot()).rounded())))
            }
            return list
        }) ?? []
        return gathered.order.compactMap { levelled[$0].isEmpty ? nil : (gathered.terms.string($0), levelled[$0]) }
    }
}
