extension SearchRanking {
    /// Every group's counts gathered by term: what `rank` scores. Gathering is the one
    /// sequential part of the index; `serve` keeps it between builds and `update`s it with
    /// the groups a save changed, which gives what gathering every group again would.
    struct Gathered: Sendable {
        typealias Entry = (posting: Posting, boost: Float)

        private(set) var terms: SearchTermTable
        /// Each term's postings in group and item order (`weight`: how often the term is in
        /// the text), with the boost of the fields it is in. A term no group has any more
        /// (after `update`) keeps an empty list, and `rank` leaves it out.
        private(set) var lists: [[Entry]]
        /// Per group, per result: the text's length in words.
        private(set) var lengths: [[Int]]
        /// Every term's number, in the order the script compares strings (UTF-16 code units).
        private(set) var order: [Int]
        /// Each group's terms, for `update`; made from the lists when first needed (a build never does).
        private var groupTerms: [[Int32]] = []

        init(_ counted: [GroupCounts]) {
            (terms, lists) = gather(counted)
            lengths = counted.map(\.lengths)
            order = (0..<terms.count).sorted(by: terms.precedesInUTF16)
        }

        /// A group after an edit: one gathered before (its number then), unchanged, or one counted anew.
        enum Group {
            case kept(Int)
            case counted(GroupCounts)
        }

        /// What an `update` changed: the groups counted anew (under their numbers, which are
        /// those of the groups they replace) and the terms whose postings changed.
        struct Changes: Sendable {
            var groups = Set<Int32>()
            var terms = Set<Int32>()
        }

        /// The gathered `groups`, in their new order; a group gathered before and not kept is
        /// left out. Returns what changed, or nil when the groups were renumbered (every
        /// term's postings then changed).
        @discardableResult
        mutating func update(_ groups: [Group]) -> Changes? {
            if groupTerms.isEmpty { indexGroups() }
            var newNumber = [Int32](repeating: -1, count: lengths.count)
            for (number, group) in groups.enumerated() {
                if case .kept(let old) = group { newNumber[old] = Int32(number) }
            }
            var changed = Changes()
            // A group counted anew under its old number (a save, when no group moved) has its
            // postings replaced where they are: removing and inserting moved every later
            // posting of a long list twice.
            let inPlace = !newNumber.enumerated().contains { $1 >= 0 && $1 != Int32($0) }
            var replaced: [Int: [Int32]] = [:]
            for old in newNumber.indices where newNumber[old] < 0 {
                changed.terms.formUnion(groupTerms[old])
                if inPlace, old < groups.count, case .counted = groups[old] {
                    replaced[old] = groupTerms[old]
                    continue
                }
                for term in groupTerms[old] {
                    lists[Int(term)].removeSubrange(Self.postings(of: Int32(old), in: lists[Int(term)]))
                }
            }
            let renumbered = renumber(newNumber)
            var newLengths = [[Int]](repeating: [], count: groups.count)
            var newGroupTerms = [[Int32]](repeating: [], count: groups.count)
            for old in newNumber.indices where newNumber[old] >= 0 {
                newLengths[Int(newNumber[old])] = lengths[old]
                newGroupTerms[Int(newNumber[old])] = groupTerms[old]
            }
            lengths = newLengths
            groupTerms = newGroupTerms
            for (number, group) in groups.enumerated() {
                if case .counted(let counts) = group {
                    insert(counts, as: number)
                    if let old = replaced[number] {
                        let now = Set(groupTerms[number])
                        for term in old where !now.contains(term) {
                            lists[Int(term)].removeSubrange(Self.postings(of: Int32(number), in: lists[Int(term)]))
                        }
                    }
                    changed.terms.formUnion(groupTerms[number])
                    changed.groups.insert(Int32(number))
                }
            }
            return renumbered ? nil : changed
        }

        /// Postings numbered by `newNumber` (old number → new); sorted again when groups
        /// changed places. Returns whether any group has a new number.
        private mutating func renumber(_ newNumber: [Int32]) -> Bool {
            var moved = false
            var inOrder = true
            var previous: Int32 = -1
            for (old, new) in newNumber.enumerated() where new >= 0 {
                if new != Int32(old) { moved = true }
                if new < previous { inOrder = false }
                previous = new
            }
            guard moved else { return false }
            for term in lists.indices where !lists[term].isEmpty {
                lists[term].withUnsafeMutableBufferPointer { list in
                    for index in list.indices { list[index].posting.group = newNumber[Int(list[index].posting.group)] }
                }
                if !inOrder { lists[term].sort { ($0.posting.group, $0.posting.item) < ($1.posting.group, $1.posting.item) } }
            }
            return true
        }

        private mutating func insert(_ counts: GroupCounts, as group: Int) {
            let number = Int32(group)
            var added = [[Entry]](repeating: [], count: counts.terms.count)
            for (item, entries) in counts.items.enumerated() {
                for entry in entries {
                    added[Int(entry.term)].append((Posting(group: number, item: Int32(item), weight: entry.count), entry.boost))
                }
            }
            var numbers: [Int32] = []
            numbers.reserveCapacity(added.count)
            for local in added.indices {
                let known = terms.count
                let term = counts.terms.withTerm(local) { bytes, hash in Int(terms.number(of: bytes, hash: hash)) }
                if term == known {
                    lists.append([])
                    insertInOrder(term)
                }
                lists[term].replaceSubrange(Self.postings(of: number, in: lists[term]), with: added[local])
                numbers.append(Int32(term))
            }
            groupTerms[group] = numbers
            lengths[group] = counts.lengths
        }

        private mutating func indexGroups() {
            groupTerms = [[Int32]](repeating: [], count: lengths.count)
            for term in lists.indices {
                var previous: Int32 = -1
                for entry in lists[term] where entry.posting.group != previous {
                    previous = entry.posting.group
                    groupTerms[Int(previous)].append(Int32(term))
                }
            }
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
        static func postings(of group: Int32, in list: [Entry]) -> Range<Int> {
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
