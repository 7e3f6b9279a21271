/// Escaping for HTML we write ourselves (generated tables, term links, headings).
enum HTMLEscape {
    /// Escapes `& < > "` and `'`, safe in text and in quoted attributes.
    public static func text(_ string: String) -> String {
        let utf8 = string.utf8
        // Most text has nothing to escape: return it without copying. (Checked on the
        // contiguous bytes: the generic `contains` over the view was 1.4 % of a large build.)
        let needsEscaping = { (byte: UInt8) in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: needsEscaping) }) ?? utf8.contains(where: needsEscaping) else {
            return string
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func attribute(_ string: String) -> String { text(string) }
}
