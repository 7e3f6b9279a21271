extension SearchRanking {
    /// One group's words: its own term table, and for each result the terms in it (numbers
    /// in that table), how often each is in the text, and the boost of the fields it is in.
    struct GroupCounts: Sendable {
        var terms = SearchTermTable()
        var items: [[Entry]] = []
        /// Each result's text length in words.
        var lengths: [Int] = []

        struct Entry: Sendable {
            var term: Int32
            var count: Float = 0
            var boost: Float = 0
            var inHeading = false
            var inTitle = false
        }
    }

    /// Counts a group's words; groups are counted on every core, each with its own table.
    static func counts(of group: SearchGroup) -> GroupCounts {
        var counter = Counter()
        for item in group.items {
            SearchTokenizer.indexTerms(item.text) { (term: UnsafeBufferPointer<UInt8>) in counter.addWord(term) }
            // A field adds its boost once per term, however often the term is in it.
            let headingWeight = Float(item.isGlossaryTerm ? glossaryBoost : headingBoost)
            SearchTokenizer.indexTerms(item.headingWords) { (term: UnsafeBufferPointer<UInt8>) in counter.addHeadingWord(term, weight: headingWeight) }
            SearchTokenizer.indexTerms(item.titleWords) { (term: UnsafeBufferPointer<UInt8>) in counter.addTitleWord(term) }
            counter.finishItem(titleWeight: Float(titleBoost))
        }
        return counter.counts
    }

    /// Counts one result at a time into `counts`. (A struct with mutating methods, so the
    /// tokenizer's closures touch one variable, checked for exclusive access statically.)
    private struct Counter {
        var counts = GroupCounts()
        /// The current result's entries, and each term's place among them (-1: not yet).
        var entries: [GroupCounts.Entry] = []
        var entryOf: [Int32] = []
        var length = 0

        mutating func entry(_ term: UnsafeBufferPointer<UInt8>) -> Int {
            let number = Int(counts.terms.number(of: term))
            if number >= entryOf.count { entryOf.append(contentsOf: repeatElement(-1, count: number + 1 - entryOf.count)) }
            if entryOf[number] < 0 {
                entryOf[number] = Int32(entries.count)
                entries.append(GroupCounts.Entry(term: Int32(number)))
            }
            return Int(entryOf[number])
        }

        mutating func addWord(_ term: UnsafeBufferPointer<UInt8>) {
            entries[entry(term)].count += 1
            length += 1
        }

        mutating func addHeadingWord(_ term: UnsafeBufferPointer<UInt8>, weight: Float) {
            let index = entry(term)
            if !entries[index].inHeading {
                entries[index].inHeading = true
                entries[index].boost += weight
            }
        }

        mutating func addTitleWord(_ term: UnsafeBufferPointer<UInt8>) {
            entries[entry(term)].inTitle = true
        }

        /// The title's boost goes after the heading's, in the order the scores were first computed.
        mutating func finishItem(titleWeight: Float) {
            for index in entries.indices {
                if entries[index].inTitle { entries[index].boost += titleWeight }
                entryOf[Int(entries[index].term)] = -1
            }
            counts.items.append(entries)
            counts.lengths.append(length)
            entries.removeAll(keepingCapacity: true)
            length = 0
        }
    }

    /// Every group's terms in one table, each term's postings in group order, with the
    /// boost each result's fields give it (before scoring).
    static func gather(_ counted: [GroupCounts]) -> (terms: SearchTermTable, lists: [[(posting: Posting, boost: Float)]]) {
        var table = SearchTermTable()
        var lists: [[(posting: Posting, boost: Float)]] = []
        for (groupIndex, group) in counted.enumerated() {
            let numbers = (0..<group.terms.count).map { local in
                group.terms.withTerm(local) { term, hash in Int(table.number(of: term, hash: hash)) }
            }
            if table.count > lists.count { lists.append(contentsOf: repeatElement([], count: table.count - lists.count)) }
            for (itemIndex, entries) in group.items.enumerated() {
                for entry in entries {
                    let posting = Posting(group: Int32(groupIndex), item: Int32(itemIndex), weight: entry.count)
                    lists[numbers[Int(entry.term)]].append((posting, entry.boost))
                }
            }
        }
        return (table, lists)
    }
}
