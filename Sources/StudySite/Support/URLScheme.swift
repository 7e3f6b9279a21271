/// The one scheme detector, for the Markdown links rewritten and the links checked.
enum URLScheme {
    /// The scheme `url` starts with, as written (`https`, `mailto`, `tel` …): a letter, then
    /// letters, digits and `+-.`, before the first `:`; nil when there is none.
    static func scheme(of url: String) -> Substring? {
        let utf8 = url.utf8
        guard let first = utf8.first, isLetter(first) else { return nil }
        var index = utf8.index(after: utf8.startIndex)
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ":") { return url[..<index] }
            let allowed = isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard allowed else { return nil }
            index = utf8.index(after: index)
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
