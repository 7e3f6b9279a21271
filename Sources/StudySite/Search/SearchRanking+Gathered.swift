extension SearchRanking {
    /// Every group's counts gathered by term: what `rank` scores. Gathering is the one
    /// sequential part of the index; `serve` keeps it between builds and replaces the groups
    /// of the notes a save changed, which gives what gathering every group again would.
    struct Gathered: Sendable {
        typealias Entry = (posting: Posting, boost: Float)

        private(set) var terms: SearchTermTable
        /// Each term's postings in group and item order (`weight`: how often the term is in
        /// the text), with the boost of the fields it is in. A term no group has any more
        /// (after `replace`) keeps an empty list, and `rank` leaves it out.
        private(set) var lists: [[Entry]]
        /// Per group, per result: the text's length in words.
        private(set) var lengths: [[Int]]
        /// Every term's number, in the order the script compares strings (UTF-16 code units).
        private(set) var order: [Int]

        init(_ counted: [GroupCounts]) {
            (terms, lists) = gather(counted)
            lengths = counted.map(\.lengths)
            order = (0..<terms.count).sorted(by: terms.precedesInUTF16)
        }

        /// Group `group`'s counts `new` in place of `old` (the counts it was gathered with).
        mutating func replace(group: Int, old: GroupCounts, new: GroupCounts) {
            let number = Int32(group)
            for local in 0..<old.terms.count {
                let term = old.terms.withTerm(local) { bytes, hash in Int(terms.number(of: bytes, hash: hash)) }
                lists[term].removeSubrange(Self.postings(of: number, in: lists[term]))
            }
            var added = [[Entry]](repeating: [], count: new.terms.count)
            for (item, entries) in new.items.enumerated() {
                for entry in entries {
                    added[Int(entry.term)].append((Posting(group: number, item: Int32(item), weight: entry.count), entry.boost))
                }
            }
            for local in added.indices {
                let known = terms.count
                let term = new.terms.withTerm(local) { bytes, hash in Int(terms.number(of: bytes, hash: hash)) }
                if term == known {
                    lists.append([])
                    insertInOrder(term)
                }
                lists[term].insert(contentsOf: added[local], at: Self.postings(of: number, in: lists[term]).lowerBound)
            }
            lengths[group] = new.lengths
        }

        private mutating func insertInOrder(_ term: Int) {
            var low = 0
            var high = order.count
            while low < high {
                let middle = (low + high) / 2
                if terms.precedesInUTF16(order[middle], term) { low = middle + 1 } else { high = middle }
            }
            order.insert(term, at: low)
        }

        /// Where `group`'s postings are (or would go) in a list in group order.
        private static func postings(of group: Int32, in list: [Entry]) -> Range<Int> {
            func firstIndex(where isPast: (Int32) -> Bool) -> Int {
                var low = 0
                var high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if isPast(list[middle].posting.group) { high = middle } else { low = middle + 1 }
                }
                return low
            }
            return firstIndex { $0 >= group }..<firstIndex { $0 > group }
        }
    }
}
