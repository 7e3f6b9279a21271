/// Finds glossary terms in prose in one pass over the words: whole words only,
/// case-insensitive, the longest term wins ("Availability Zone" before "Zone"),
/// and a final plural `s`/`es` still matches ("Regions" → Region, "AMIs" → AMI).
/// "Region" does not match "Regional", but does match in "Region-specific": a word is a
/// run of letters, digits and marks, and a phrase's words may be joined by spaces, hyphens,
/// `_`, `&` or `/` (so `pay as you go` is `Pay-as-you-go`).
public struct TermMatcher: Sendable {
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

    struct Word {
        var word: String
        var range: Range<String.Index>
        /// Only `joiningScalars` separate it from the word before, so a phrase may continue.
        var joinsPrevious: Bool
    }

    /// Runs of letters, digits and combining marks, lower-cased. Walks Unicode scalars with
    /// an ASCII fast path: Character-level `isLetter` was a fifth of a large build.
    static func words(in text: String) -> [Word] {
        wordRanges(in: text).map { Word(word: lowercased(text[$0.range]), range: $0.range, joinsPrevious: $0.joinsPrevious) }
    }

    static func wordRanges(in text: String) -> [(range: Range<String.Index>, joinsPrevious: Bool)] {
        var contiguous = text
        let words = contiguous.withUTF8 { byteWords(in: $0) }
        let utf8 = text.utf8
        return words.map { word in
            (utf8.index(utf8.startIndex, offsetBy: word.start)..<utf8.index(utf8.startIndex, offsetBy: word.end), word.joinsPrevious)
        }
    }

    /// A word by its UTF-8 offsets.
    struct ByteWord {
        var start: Int
        var end: Int
        /// Only `joiningScalars` separate it from the word before, so a phrase may continue.
        var joinsPrevious: Bool
        /// FNV-1a of the word lower-cased, when it is plain ASCII.
        var asciiHash: UInt64?
    }

    /// Every word of `bytes`, in order.
    static func byteWords(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteWord] {
        var words: [ByteWord] = []
        var scanner = WordScanner(bytes: bytes)
        while let word = scanner.next() { words.append(word) }
        return words
    }

    /// The word scan over UTF-8 bytes, decoding only non-ASCII scalars. A value type, so a
    /// copy can read ahead while the original stays put.
    struct WordScanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        /// Whether only joining characters separate the next word from the one before.
        private var gapIsJoin = true

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// What a byte is to the scan: most of the prose is ASCII, decided by one load.
        private enum ByteClass: UInt8 {
            case wordASCII, joiningASCII, otherASCII, nonASCII
        }

        /// `ByteClass` raw values by byte; allocated once, never written after, never freed.
        nonisolated(unsafe) private static let classes: UnsafePointer<UInt8> = {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for byte in 0..<256 {
                let isWord = (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                let joins = [0x20, 0x09, 0x2D, 0x5F, 0x26, 0x2F].contains(byte)  // space tab - _ & /
                let kind: ByteClass = byte >= 0x80 ? .nonASCII : isWord ? .wordASCII : joins ? .joiningASCII : .otherASCII
                table[byte] = kind.rawValue
            }
            return UnsafePointer(table)
        }()

        mutating func next() -> ByteWord? {
            let classes = WordScanner.classes
            let count = bytes.count
            // The gap before the word.
            gap: while offset < count {
                switch classes[Int(bytes[offset])] {
                case ByteClass.wordASCII.rawValue:
                    break gap
                case ByteClass.joiningASCII.rawValue:
                    offset += 1
                case ByteClass.otherASCII.rawValue:
                    gapIsJoin = false
                    offset += 1
                default:
                    let (isWord, length) = scalar(at: offset)
                    if isWord { break gap }
                    if !joinsNonASCII(at: offset, length: length) { gapIsJoin = false }
                    offset += length
                }
            }
            guard offset < count else { return nil }
            // The word; the gap after it is read by the next call.
            let start = offset
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var isASCII = true
            while offset < count {
                let byte = bytes[offset]
                let kind = classes[Int(byte)]
                if kind == ByteClass.wordASCII.rawValue {
                    // Lower-case: setting 0x20 changes only A–Z among letters and digits.
                    hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
                    offset += 1
                    continue
                }
                guard kind == ByteClass.nonASCII.rawValue else { break }
                let (isWord, length) = scalar(at: offset)
                guard isWord else { break }
                isASCII = false
                offset += length
            }
            let word = ByteWord(start: start, end: min(offset, count), joinsPrevious: gapIsJoin, asciiHash: isASCII ? hash : nil)
            gapIsJoin = true
            return word
        }

        /// Whether the non-ASCII scalar at `offset` belongs to words, and its length in bytes.
        private func scalar(at offset: Int) -> (isWord: Bool, length: Int) {
            let byte = bytes[offset]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in 1..<length where offset + next < bytes.count { value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F) }
            return (Unicode.Scalar(value).map(TermMatcher.isWordScalar) ?? false, length)
        }

        /// U+00A0 and U+2011 join the words around them, like a space or a hyphen.
        private func joinsNonASCII(at offset: Int, length: Int) -> Bool {
            let byte = bytes[offset]
            return (length == 2 && offset + 1 < bytes.count && byte == 0xC2 && bytes[offset + 1] == 0xA0)
                || (length == 3 && offset + 2 < bytes.count && byte == 0xE2 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x91)
        }
    }

    /// Scalar by scalar: the reference for the byte scan, and the path for non-contiguous strings.
    static func scalarWordRanges(in text: String) -> [(range: Range<String.Index>, joinsPrevious: Bool)] {
        var words: [(range: Range<String.Index>, joinsPrevious: Bool)] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var gapIsJoin = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else {
                if let wordStart = start {
                    words.append((wordStart..<index, gapIsJoin))
                    start = nil
                    gapIsJoin = true
                }
                if !joiningScalars.contains(scalar) { gapIsJoin = false }
            }
            scalars.formIndex(after: &index)
        }
        if let wordStart = start {
            words.append((wordStart..<text.endIndex, gapIsJoin))
        }
        return words
    }

    /// What may stand between two words of one phrase: spaces, hyphens, `_`, `&` and `/`
    /// (`Pay-as-you-go`, `Email & password`, `TCP/IP`). Anything else, a comma or a
    /// bracket or a line break, ends the phrase.
    static let joiningScalars: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "-", "\u{2011}", "_", "&", "/"]

    fileprivate static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
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
