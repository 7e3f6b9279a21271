/// Makes heading anchors the way GitHub renders README anchors (github-slugger):
/// lowercase, drop everything but letters, marks, numbers, `_`, `-` and spaces,
/// turn each space into `-`, and number repeats `-1`, `-2`, ….
struct Slugger: Sendable {
    private var occurrences: [String: Int] = [:]

    public init() {}

    /// The anchor for `text`, unique among the anchors this slugger has made.
    public mutating func slug(_ text: String) -> String {
        var base = Slugger.slugify(text)
        // GitHub would emit an empty id; an empty id is invalid HTML, so give it a name.
        if base.isEmpty { base = "section" }
        var result = base
        while occurrences[result] != nil {
            let count = (occurrences[base] ?? 0) + 1
            occurrences[base] = count
            result = "\(base)-\(count)"
        }
        occurrences[result] = 0
        return result
    }

    /// Marks `id` as taken (e.g. by a glossary entry), so `slug` will not reuse it.
    public mutating func reserve(_ id: String) {
        if occurrences[id] == nil { occurrences[id] = 0 }
    }

    /// The anchor for `text` without de-duplication.
    public static func slugify(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || isKept(scalar.properties.generalCategory) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The same rules on plain ASCII text, byte by byte; nil when the text has other characters.
    /// (The search script derives anchors by this rule, see `SearchShards.scriptAnchor`.)
    static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isKept(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
