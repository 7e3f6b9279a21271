extension SearchRanking {
    /// The `maximumPostings` postings of `list` (in group and item order) that score highest,
    /// still in that order; ties at the cut go to the earlier postings. The same postings a
    /// sort by score would keep, found in linear time: a word on every page of a large site
    /// has a list as long as the site, and sorting each such list was a fifth of the index.
    static func best(_ list: [Posting]) -> [Posting] {
        guard list.count > maximumPostings else { return list }
        var weights = list.map(\.weight)
        let cut = weights.withUnsafeMutableBufferPointer { largest(maximumPostings - 1, of: $0) }
        var tiesKept = maximumPostings - list.lazy.filter { $0.weight > cut }.count
        var kept: [Posting] = []
        kept.reserveCapacity(maximumPostings)
        for posting in list {
            if posting.weight > cut {
                kept.append(posting)
            } else if posting.weight == cut, tiesKept > 0 {
                kept.append(posting)
                tiesKept -= 1
            }
        }
        return kept
    }

    /// The `rank`th largest of `values` (0: the largest), reordering them (quickselect,
    /// Hoare's partition around a median of three).
    static func largest(_ rank: Int, of values: UnsafeMutableBufferPointer<Float>) -> Float {
        var low = 0
        var high = values.count - 1
        while low < high {
            let a = values[low], b = values[(low + high) / 2], c = values[high]
            let pivot = max(min(a, b), min(max(a, b), c))
            var i = low
            var j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // values[low...j] ≥ pivot ≥ values[i...high]; between them, the pivot's equals.
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return values[rank]
            }
        }
        return values[rank]
    }
}
