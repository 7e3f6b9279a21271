extension TermMatcher {
    /// The trie's edges and plural forms by a hash of (node, lower-cased ASCII word), each
    /// checked against the word it stores: a word of the prose is looked up on its bytes
    /// and FNV-1a hash (made while scanning it), with no String made. Words that are not
    /// ASCII, and the (vanishingly rare) keys two entries share, go to the String trie.
    struct ASCIIIndex: Sendable {
        enum Lookup: Equatable {
            case found(Int)
            case absent
            /// Two entries share the key: ask the String trie.
            case ambiguous
        }

        private struct Entry: Sendable {
            var node: Int
            var word: [UInt8]
            /// The child node (edges) or the term (plurals).
            var value: Int
        }

        private var edges: [UInt64: Entry?] = [:]
        private var plurals: [UInt64: Entry?] = [:]

        init(children: [[String: Int]], plurals pluralForms: [[String: Int]]) {
            for (node, words) in children.enumerated() {
                for (word, child) in words { ASCIIIndex.insert(word, node: node, value: child, into: &edges) }
            }
            for (node, forms) in pluralForms.enumerated() {
                for (form, term) in forms { ASCIIIndex.insert(form, node: node, value: term, into: &plurals) }
            }
        }

        /// The child of `node` along `word` (raw bytes of the prose, any case).
        func child(of node: Int, word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lookup {
            ASCIIIndex.lookup(edges, node: node, word: word, hash: hash)
        }

        /// The term `word` completes as a plural of a child of `node`.
        func pluralTerm(of node: Int, word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lookup {
            ASCIIIndex.lookup(plurals, node: node, word: word, hash: hash)
        }

        static func key(node: Int, hash: UInt64) -> UInt64 {
            hash ^ (UInt64(node) &* 0x9E37_79B9_7F4A_7C15)
        }

        private static func insert(_ word: String, node: Int, value: Int, into table: inout [UInt64: Entry?]) {
            let bytes = Array(word.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return }
            let key = key(node: node, hash: TermMatcher.hash(bytes))
            if table[key] != nil {
                table[key] = .some(nil)  // shared: the String trie decides
            } else {
                table[key] = Entry(node: node, word: bytes, value: value)
            }
        }

        private static func lookup(_ table: [UInt64: Entry?], node: Int, word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lookup {
            guard let slot = table[key(node: node, hash: hash)] else { return .absent }
            guard let entry = slot else { return .ambiguous }
            guard entry.node == node, entry.word.count == word.count else { return .absent }
            for (stored, byte) in zip(entry.word, word) where stored != byte.asciiLowercased {
                return .absent
            }
            return .found(entry.value)
        }
    }
}
