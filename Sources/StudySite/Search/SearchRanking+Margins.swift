import Foundation

/// How far a term's scores may move before its ranking changes: what lets `serve` keep a
/// term's postings when a save changed other terms. A save changes the average section
/// length (and with a section added or removed, the section count), so every score moves a
/// little: each by a factor the term shares (its idf, the highest score of all) and a
/// factor of its own bounded by the change of the average length (`Drift`). The margins
/// are natural logarithms of ratios of scores, so they compare with those factors directly.
extension SearchRanking {
    /// Ratios of scores as logarithms: how far a term's levels and its best postings stay
    /// the same.
    struct Margins: Sendable {
        /// How much lower (`down`) or higher (`up`) every score relative to the highest of
        /// all may go with each kept posting keeping its level.
        var down: Double
        var up: Double
        /// How far two postings' scores may move apart or together with `best` keeping the
        /// same postings (infinite when the list is not cut).
        var selection: Double
    }

    /// Bounds on how a term's scores moved since they were ranked, as logarithms of the new
    /// score over the old: `shared` for every posting of the term, each within `own` of it.
    struct Drift {
        var shared: Double
        var own: Double

        /// A Float score is within 2⁻²⁴ of the score computed in Double, before and after;
        /// the rest covers the Double arithmetic with room to spare.
        static let rounding = 4.0 / Double(1 << 24) + 1e-12

        /// From the term's idf and the average length when it was ranked to the ones now.
        /// A text score `c(k1+1) / (c + k1(1 − b + b·L/avg))` moves by less than the ratio
        /// of the averages: the part of its denominator that reads `avg` is at most all of
        /// it. A boost added to it moves the sum by less than that.
        init(idf: Double, was oldIDF: Double, averageLength: Double, was oldAverage: Double) {
            shared = idf == oldIDF ? 0 : log(idf / oldIDF)
            let ratio = abs(oldAverage / averageLength - 1)
            own = (ratio == 0 ? 0 : ratio < 1 ? -log(1 - ratio) : .infinity) + Self.rounding
        }

        /// Whether the term's levels and best postings stay as they were, with the highest
        /// score of all moved by `highestShift` (log of new over old).
        func keeps(_ margins: Margins, highestShift: Double) -> Bool {
            let shift = shared - highestShift
            return shift - own > -margins.down && shift + own < margins.up && 2 * own < margins.selection
        }
    }

    /// `Margins.down` and `.up` of postings scored (`scored`, before levelling) against `highest`.
    static func levelMargins(_ scored: [Posting], highest: Double) -> (down: Double, up: Double) {
        var down = Double.infinity
        var up = Double.infinity
        for posting in scored {
            let share = Double(posting.weight) / highest
            let level = Double(level(posting.weight, highest: highest))
            // A level is `levels·√share` rounded: it changes where that crosses level ± ½.
            if level > 1 { down = min(down, share / ((level - 0.5) / levels) / ((level - 0.5) / levels)) }
            if level < levels { up = min(up, ((level + 0.5) / levels) * ((level + 0.5) / levels) / share) }
        }
        return (log(down), log(up))
    }

    /// `Margins.selection` of a term's `scores` (all its postings, in list order, before
    /// `best`); `list` is the term's gathered list, read for the postings' inputs.
    static func selectionMargin(_ scores: [Posting], list: [Gathered.Entry], lengths: [[Int]]) -> Double {
        guard scores.count > maximumPostings else { return .infinity }
        var weights = scores.map(\.weight)
        let cut = weights.withUnsafeMutableBufferPointer { largest(maximumPostings - 1, of: $0) }
        var above = 0
        var nextAbove = Float.infinity
        var nextBelow: Float = 0
        var tied: [Int] = []
        for (index, posting) in scores.enumerated() {
            if posting.weight > cut {
                above += 1
                nextAbove = min(nextAbove, posting.weight)
            } else if posting.weight == cut {
                tied.append(index)
            } else {
                nextBelow = max(nextBelow, posting.weight)
            }
        }
        let below = nextBelow > 0 ? log(Double(cut) / Double(nextBelow)) : .infinity
        guard above + tied.count > maximumPostings else { return below }
        // The cut falls among equal scores, which go to the earlier postings: they stay equal
        // however the scores move only if they are scored from the same inputs.
        let first = inputs(list[tied[0]], lengths: lengths)
        guard tied.allSatisfy({ inputs(list[$0], lengths: lengths) == first }) else { return 0 }
        return min(below, nextAbove.isFinite ? log(Double(nextAbove) / Double(cut)) : .infinity)
    }

    /// What a posting's score is made from: its count, boost and section length (which counts
    /// for nothing where the word is only in a heading or title).
    static func inputs(_ entry: Gathered.Entry, lengths: [[Int]]) -> (Float, Float, Int) {
        let posting = entry.posting
        return (posting.weight, entry.boost, posting.weight == 0 ? 0 : lengths[Int(posting.group)][Int(posting.item)])
    }
}
