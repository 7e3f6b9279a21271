import Foundation

/// Words as students type them: lower-cased, accents dropped (`Café` → `cafe`), and
/// technical tokens kept whole, so `10.0.0.0/16`, `/24`, `t3.micro`, `us-east-1` and
/// `s3:GetObject` are each one token. `.`, `-`, `:`, `/` and `_` join letters and digits
/// into one token; a `/` before digits starts one (`/24`). The search script splits a
/// query by the same rules (templates/assets/search.js, `tokenize`).
enum SearchTokenizer {
    /// Longer runs (hashes, encoded data) are not words anyone types.
    static let maximumLength = 64

    /// The whole tokens of `text`, in order, as a query is read.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scan(text) { tokens.append($0) }
        return tokens
    }

    /// What the index holds for `text`: every whole token and, for a joined one, its parts
    /// that a student may type alone: `us-east-1` → `us-east-1`, `us`, `east`;
    /// `s3:GetObject` → `s3:getobject`, `s3`, `getobject`; `10.0.0.0/16` → `10.0.0.0/16`, `/16`.
    static func indexTerms(_ text: String, _ body: (String) -> Void) {
        scan(text) { token in
            body(token)
            for part in parts(of: token) { body(part) }
            if let singular = singular(of: token) { body(singular) }
        }
    }

    /// An English plural's singular, so `ACL` finds "network ACLs" and `policy` "policies":
    /// `-ies` → `-y`, `-s` → nothing (not `-ss`, `-us`, `-is`), letters only, four or more.
    static func singular(of word: String) -> String? {
        let utf8 = Array(word.utf8)
        guard utf8.count >= 4, utf8.last == UInt8(ascii: "s"), utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return nil }
        if word.hasSuffix("ies"), utf8.count >= 5 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return nil }
        return String(word.dropLast())
    }

    static func parts(of token: String) -> [String] {
        let utf8 = Array(token.utf8)
        guard utf8.count > 1, utf8.dropFirst().contains(where: isJoiner) else { return [] }
        var parts: [String] = []
        var start = 0
        for index in 0...utf8.count where index == utf8.count || isJoiner(utf8[index]) {
            let part = utf8[start..<index]
            // Words, not bare numbers: `east` and `t3`, not the `0` of `10.0.0.0`.
            if part.count >= 2, part.contains(where: isLetter), part.count < utf8.count {
                parts.append(String(decoding: part, as: UTF8.self))
            }
            start = index + 1
        }
        // `10.0.0.0/16` is also found by `/16`.
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash > 0, slash + 1 < utf8.count,
            utf8[(slash + 1)...].allSatisfy(isDigit), isDigit(utf8[slash - 1]) {
            parts.append(String(decoding: utf8[slash...], as: UTF8.self))
        }
        return parts
    }

    /// Calls `body` with each whole token of `text`. Works on UTF-8 bytes, decoding a
    /// scalar only where a byte is not ASCII: a large site's whole text passes through here.
    private static func scan(_ text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var token: [UInt8] = []
            var needsFolding = false
            func finish() {
                if !token.isEmpty, token.count <= maximumLength {
                    let word = String(decoding: token, as: UTF8.self)
                    body(needsFolding ? fold(word) : word)
                }
                token.removeAll(keepingCapacity: true)
                needsFolding = false
            }
            var index = 0
            var previousIsWord = false
            while index < bytes.count {
                let (scalar, length) = decode(bytes, at: index)
                let isWord = isWordScalar(scalar)
                if isWord {
                    if length == 1 {
                        token.append(bytes[index].asciiLowercased)
                    } else {
                        token.append(contentsOf: bytes[index..<index + length])
                        needsFolding = true
                    }
                } else if length == 1, isJoiner(bytes[index]), index + 1 < bytes.count, isWordScalar(decode(bytes, at: index + 1).scalar),
                    !token.isEmpty || (bytes[index] == UInt8(ascii: "/") && isDigit(bytes[index + 1]) && !previousIsWord) {
                    token.append(bytes[index])
                } else {
                    finish()
                }
                previousIsWord = isWord
                index += length
            }
            finish()
        }
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
