/// How the matcher sees prose: words (runs of letters, digits and marks) and the gaps
/// between them, scanned on UTF-8 bytes.
extension TermMatcher {
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
                let joins = [0x20, 0x09, 0x0A, 0x2D, 0x5F, 0x26, 0x2F].contains(byte)  // space tab newline - _ & /
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

    /// What may stand between two words of one phrase: spaces, hyphens, `_`, `&` and `/`
    /// (`Pay-as-you-go`, `Email & password`, `TCP/IP`), and the line break of a paragraph
    /// wrapped in the Markdown. Anything else, a comma or a bracket, ends the phrase.
    static let joiningScalars: Set<Unicode.Scalar> = [" ", "\t", "\n", "\u{00A0}", "-", "\u{2011}", "_", "&", "/"]

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
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
}
