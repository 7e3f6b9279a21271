/// Finds glossary terms in prose in one pass over the words: whole words only,
/// case-insensitive, the longest term wins ("Availability Zone" before "Zone"),
/// and a final plural `s`/`es` still matches ("Regions" → Region, "AMIs" → AMI).
/// "Region" does not match "Regional", but does match in "Region-specific": a word is a
/// run of letters, digits and marks, and a phrase's words may be joined by spaces, hyphens,
/// `_`, `&` or `/` (so `pay as you go` is `Pay-as-you-go`).
struct TermMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var range: Range<String.Index>
        /// The index of the term as given to `init`.
        public var term: Int
    }

    /// A trie over lower-cased words; node 0 is the root.
    private var children: [[String: Int]] = [[:]]
    private var terminal: [Int?] = [nil]
    /// A 65,536-bit filter over the hashes of every word that can start a term (plurals
    /// included), so almost every word of the prose is skipped on its bytes alone: no copy,
    /// no lower-casing, no dictionary lookup.
    private var startFilter = [UInt64](repeating: 0, count: 1024)
    /// Per node: `word + "s"` and `word + "es"` of each child that ends a term → that term,
    /// so a plural is one lookup instead of cutting stems off every word that ends in `s`.
    private var plurals: [[String: Int]] = []
    /// The same trie and plurals for ASCII words, looked up without making a String.
    private var ascii = ASCIIIndex(children: [], plurals: [])

    /// `phrases[i]` are the spellings (term and aliases) of term `i`.
    public init(phrases: [[String]]) {
        for (term, spellings) in phrases.enumerated() {
            for spelling in spellings {
                let words = TermMatcher.words(in: spelling).map(\.word)
                guard let first = words.first else { continue }
                for form in [first, first + "s", first + "es"] { addToStartFilter(form) }
                var node = 0
                for word in words {
                    if let next = children[node][word] {
                        node = next
                    } else {
                        children.append([:])
                        terminal.append(nil)
                        children[node][word] = children.count - 1
                        node = children.count - 1
                    }
                }
                // The first spelling that claims a phrase keeps it.
                if terminal[node] == nil { terminal[node] = term }
            }
        }
        plurals = children.map { words in
            var forms: [String: Int] = [:]
            // `s` before `es`: "buses" is the plural of a term "buse" before one of "bus".
            for ending in ["s", "es"] {
                for (word, child) in words {
                    guard let term = terminal[child], word.count + ending.count > 2 else { continue }
                    if forms[word + ending] == nil { forms[word + ending] = term }
                }
            }
            return forms
        }
        ascii = ASCIIIndex(children: children, plurals: plurals)
    }

    public var isEmpty: Bool { children[0].isEmpty }

    /// How the matcher sees a spelling: its words, lower-cased, one space apart.
    /// `Pay-as-you-go` and `pay as you go` have the same key.
    public static func key(for spelling: String) -> String {
        words(in: spelling).map(\.word).joined(separator: " ")
    }

    /// Non-overlapping matches, left to right.
    public func matches(in text: String) -> [Match] {
        if isEmpty { return [] }
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var result: [Match] = []
            let utf8 = text.utf8
            forEachMatch(in: bytes) { start, end, term in
                result.append(Match(range: utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end), term: term))
            }
            return result
        }
    }

    /// Words stream from a scanner, with no array of them: most prose is a run of words none
    /// of which passes the start filter, and a short run should cost no allocation.
    private func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ found: (_ start: Int, _ end: Int, _ term: Int) -> Void) {
        var scanner = WordScanner(bytes: bytes)
        while let first = scanner.next() {
            if let hash = first.asciiHash, !startFilterContains(hash) { continue }
            // Walk the trie from `first`; `lookahead` reads the phrase's later words.
            var lookahead = scanner
            var word = first
            var node = 0
            var best: (end: Int, term: Int, resume: WordScanner)?
            while true {
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
                if let term = pluralTerm(node, wordBytes, word.asciiHash) { best = (word.end, term, lookahead) }
                guard let next = child(of: node, wordBytes, word.asciiHash) else { break }
                node = next
                if let term = terminal[node] { best = (word.end, term, lookahead) }
                guard let following = lookahead.next(), following.joinsPrevious else { break }
                word = following
            }
            if let best {
                found(first.start, best.end, best.term)
                scanner = best.resume
            }
        }
    }

    private mutating func addToStartFilter(_ word: String) {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return }  // non-ASCII words always pass the filter
        let bit = Int(truncatingIfNeeded: TermMatcher.hash(word.utf8)) & 0xFFFF
        startFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private func startFilterContains(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash) & 0xFFFF
        return startFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// FNV-1a over lower-case ASCII bytes.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The child of `node` along a word of the prose: by its bytes when it is ASCII.
    private func child(of node: Int, _ word: UnsafeBufferPointer<UInt8>, _ asciiHash: UInt64?) -> Int? {
        resolve(asciiHash.map { ascii.child(of: node, word: word, hash: $0) }) { children[node][TermMatcher.lowercased(word)] }
    }

    /// The term that a word of the prose completes as a plural of a child of `node`.
    private func pluralTerm(_ node: Int, _ word: UnsafeBufferPointer<UInt8>, _ asciiHash: UInt64?) -> Int? {
        guard let last = word.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
        return resolve(asciiHash.map { ascii.pluralTerm(of: node, word: word, hash: $0) }) { plurals[node][TermMatcher.lowercased(word)] }
    }

    /// The ASCII index's answer, or the String trie's when the word is not ASCII or its key is shared.
    private func resolve(_ lookup: ASCIIIndex.Lookup?, orAsk stringTrie: () -> Int?) -> Int? {
        switch lookup {
        case .found(let value): value
        case .absent: nil
        case .ambiguous, nil: stringTrie()
        }
    }

    /// Lower-cases a word's bytes, without Unicode case mapping when it is plain ASCII
    /// (a word of up to 15 bytes then needs no allocation at all).
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte.asciiLowercased }
            return bytes.count
        }
    }

    /// Lower-cases a word, without Unicode case mapping when it is plain ASCII.
    static func lowercased(_ word: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            if byte >= 0x80 { return word.lowercased() }
            bytes.append(byte.asciiLowercased)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
