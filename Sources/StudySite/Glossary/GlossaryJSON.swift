/// Just enough JSON for `glossary.json`, written by hand so the bytes are the same on every
/// platform (Foundation's pretty printer differs between Linux and macOS): two-space indent,
/// `"key": value`, keys sorted, empty arrays as `[]`.
enum GlossaryJSON: Equatable {
    case string(String)
    case array([GlossaryJSON])
    case object([String: GlossaryJSON])
    case null

    func write(to text: inout String, indent: String) {
        switch self {
        case .null:
            text += "null"
        case .string(let string):
            GlossaryJSON.writeString(string, to: &text)
        case .array(let items):
            guard !items.isEmpty else { text += "[]"; return }
            text += "[\n"
            let inner = indent + "  "  // once per array: a 10,000-page site has arrays of thousands of uses
            for (index, item) in items.enumerated() {
                text += inner
                item.write(to: &text, indent: inner)
                text += index < items.count - 1 ? ",\n" : "\n"
            }
            text += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { text += "{}"; return }
            text += "{\n"
            let keys = members.keys.sorted()
            let inner = indent + "  "
            for (index, key) in keys.enumerated() {
                text += inner
                GlossaryJSON.writeString(key, to: &text)
                text += ": "
                members[key]!.write(to: &text, indent: inner)
                text += index < keys.count - 1 ? ",\n" : "\n"
            }
            text += indent + "}"
        }
    }

    /// Escapes `"`, `\` and control characters; everything else is written as UTF-8.
    static func writeString(_ string: String, to text: inout String) {
        text += "\""
        // Most strings (slugs, page paths) need no escaping: append them whole. 0xE2 may
        // start U+2028 or U+2029, which the scalar loop escapes.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
