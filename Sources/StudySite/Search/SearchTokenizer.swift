import Foundation

/// Words as students type them: lower-cased, accents dropped (`Café` → `cafe`), and
/// technical tokens kept whole, so `10.0.0.0/16`, `/24`, `t3.micro`, `us-east-1` and
/// `s3:GetObject` are each one token. `.`, `-`, `:`, `/` and `_` join letters and digits
/// into one token; a `/` before digits starts one (`/24`). The search script splits a
/// query by the same rules (templates/assets/search.js, `tokenize`).
///
/// The index side works on UTF-8 bytes and hands out terms as byte buffers: a large site's
/// whole text passes through here, and a `String` per word would cost more than the rest.
enum SearchTokenizer {
    /// Longer runs (hashes, encoded data) are not words anyone types.
    static let maximumLength = 64

    /// The whole tokens of `text`, in order, as a query is read.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scan(text) { token, _ in tokens.append(String(decoding: token, as: UTF8.self)) }
        return tokens
    }

    /// What the index holds for `text`: every whole token and, for a joined one, its parts
    /// that a student may type alone: `us-east-1` → `us-east-1`, `us`, `east`;
    /// `s3:GetObject` → `s3:getobject`, `s3`, `getobject`; `10.0.0.0/16` → `10.0.0.0/16`, `/16`.
    static func indexTerms(_ text: String, _ body: (String) -> Void) {
        indexTerms(text) { (term: UnsafeBufferPointer<UInt8>) in body(String(decoding: term, as: UTF8.self)) }
    }

    /// `indexTerms` as UTF-8 bytes, valid only during each call of `body`.
    static func indexTerms(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var singular: [UInt8] = []
        scan(text) { token, joined in
            body(token)
            if joined { forEachPart(of: token, body) }
            if singularOf(token, into: &singular) { singular.withUnsafeBufferPointer(body) }
        }
    }

    /// An English plural's singular, so `ACL` finds "network ACLs" and `policy` "policies":
    /// `-ies` → `-y`, `-s` → nothing (not `-ss`, `-us`, `-is`), letters only, four or more.
    /// False when `word` is not such a plural.
    static func singularOf(_ word: UnsafeBufferPointer<UInt8>, into singular: inout [UInt8]) -> Bool {
        let count = word.count
        guard count >= 4, word[count - 1] == UInt8(ascii: "s"),
            word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return false }
        let before = word[count - 2]
        singular.removeAll(keepingCapacity: true)
        if before == UInt8(ascii: "e"), word[count - 3] == UInt8(ascii: "i"), count >= 5 {
            singular.append(contentsOf: word[0..<count - 3])
            singular.append(UInt8(ascii: "y"))
            return true
        }
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return false }
        singular.append(contentsOf: word[0..<count - 1])
        return true
    }

    /// Calls `body` with the parts of a joined token (see `indexTerms`).
    static func forEachPart(of token: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = token.count
        guard count > 1, token[1...].contains(where: isJoiner) else { return }
        var start = 0
        for index in 0...count where index == count || isJoiner(token[index]) {
            let part = UnsafeBufferPointer(rebasing: token[start..<index])
            // Words, not bare numbers: `east` and `t3`, not the `0` of `10.0.0.0`.
            if part.count >= 2, part.contains(where: isLetter), part.count < count { body(part) }
            start = index + 1
        }
        // `10.0.0.0/16` is also found by `/16`.
        if let slash = token.lastIndex(of: UInt8(ascii: "/")), slash > 0, slash + 1 < count,
            token[(slash + 1)...].allSatisfy(isDigit), isDigit(token[slash - 1]) {
            body(UnsafeBufferPointer(rebasing: token[slash...]))
        }
    }

    /// Calls `body` with each whole token of `text` and whether it holds a joiner after its
    /// first byte. A token is a run of the text's bytes, handed out as it is when it needs no
    /// lower-casing; a scalar is decoded only where a byte is not ASCII.
    private static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var token = Token()
            let count = bytes.count
            var index = 0
            var previousIsWord = false
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isLetter(byte) || isDigit(byte) {
                        if token.start < 0 { token.start = index }
                        if byte <= UInt8(ascii: "Z"), byte >= UInt8(ascii: "A") { token.hasUpperCase = true }
                        previousIsWord = true
                    } else {
                        if isJoiner(byte), index + 1 < count, isWordStart(bytes, at: index + 1),
                            token.start >= 0 || (byte == UInt8(ascii: "/") && isDigit(bytes[index + 1]) && !previousIsWord) {
                            if token.start < 0 { token.start = index } else { token.joined = true }
                        } else {
                            token.finish(bytes, at: index, body)
                        }
                        previousIsWord = false
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = decode(bytes, at: index)
                if isWordScalar(scalar) {
                    if token.start < 0 { token.start = index }
                    token.needsFolding = true
                    previousIsWord = true
                } else {
                    token.finish(bytes, at: index, body)
                    previousIsWord = false
                }
                index += length
            }
            token.finish(bytes, at: count, body)
        }
    }

    /// The token being read: it starts at `start` (-1: none yet) and runs to the byte that ends it.
    /// (A struct, not variables captured by a nested function, which Swift would check for
    /// exclusive access on every byte.)
    private struct Token {
        var start = -1
        var hasUpperCase = false
        var needsFolding = false
        var joined = false
        var lowerCased: [UInt8] = []

        mutating func finish(_ text: UnsafeBufferPointer<UInt8>, at end: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
            guard start >= 0 else { return }
            let token = UnsafeBufferPointer(rebasing: text[start..<end])
            if token.count <= maximumLength {
                if needsFolding {
                    var folded = fold(String(decoding: token, as: UTF8.self))
                    folded.withUTF8 { body($0, $0.count > 1 && $0[1...].contains(where: isJoiner)) }
                } else if hasUpperCase {
                    lowerCased.removeAll(keepingCapacity: true)
                    for byte in token { lowerCased.append(byte.asciiLowercased) }
                    lowerCased.withUnsafeBufferPointer { body($0, joined) }
                } else {
                    body(token, joined)
                }
            }
            start = -1
            hasUpperCase = false
            needsFolding = false
            joined = false
        }
    }

    /// Whether a word's scalar starts at `index`.
    private static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isLetter(byte) || isDigit(byte) }
        return isWordScalar(decode(bytes, at: index).scalar)
    }

    /// The scalar at `index` of valid UTF-8 and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", min(length, bytes.count - index))
    }

    /// Case and accents folded, as the script's `normalize("NFD")` and lower-casing do.
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isLetter(byte) || isDigit(byte)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// ASCII letters, and any byte of a non-ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0x80
    }
}
