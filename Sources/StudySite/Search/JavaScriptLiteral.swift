/// Strings written into the index's `.js` files: JSON string literals that are also safe
/// inside an HTML `<script>` element, whatever a note's title or heading holds: `<`, `>`
/// and `&` as `\u003c`, `\u003e`, `\u0026` (so `</script>` cannot end one), U+2028 and
/// U+2029 escaped (older JavaScript engines end a line there).
enum JavaScriptLiteral {
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Works on UTF-8 bytes: a large site writes its whole text through here.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &bytes) }
    }

    /// `append` for text already in UTF-8 (valid: it came from a `String`).
    static func append(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var index = 0
        while index < utf8.count {
            // Runs that need no escape are copied whole.
            var end = index
            while end < utf8.count, needsNoEscape(utf8[end]) { end += 1 }
            if end > index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                index = end
                continue
            }
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case UInt8(ascii: "\n"): bytes += #"\n"#.utf8
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                bytes += unicodeEscape(UInt32(byte))
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                bytes += unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            case 0..<0x20, 0x7F:
                bytes += unicodeEscape(UInt32(byte))
            default:
                bytes.append(byte)
            }
            index += 1
        }
    }

    private static func needsNoEscape(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&") && byte != 0xE2
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }

    /// `["a","b"]`.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(string).joined(separator: ",") + "]"
    }
}

extension JavaScriptLiteral {
    /// `text` as a quoted literal, appended.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        append(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
}
