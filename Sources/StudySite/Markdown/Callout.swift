/// An Obsidian callout (`> [!tip] Title`) or a GitHub alert (`> [!NOTE]`): a quote whose first
/// line names a kind. It becomes `<aside class="callout callout-tip">` with a title line, or,
/// folded (`[!faq]-` closed, `[!faq]+` open), `<details>` with the title as its `<summary>`:
/// no script either way.
struct Callout: Equatable {
    enum Fold: Equatable { case none, open, closed }

    /// The kind as written (`FAQ`), for the default title.
    var written: String
    /// The kind it is styled as (`question`); an unknown kind is a note.
    var kind: String
    var fold: Fold
    /// How many bytes of the first text the marker and the spaces after it take.
    var markerLength: Int

    /// Obsidian's kinds and their aliases (GitHub's five alerts among them) → the kind styled.
    static let kinds: [String: String] = [
        "note": "note", "abstract": "abstract", "summary": "abstract", "tldr": "abstract", "info": "info", "todo": "todo",
        "tip": "tip", "hint": "tip", "important": "tip", "success": "success", "check": "success", "done": "success",
        "question": "question", "help": "question", "faq": "question", "warning": "warning", "caution": "warning",
        "attention": "warning", "failure": "failure", "fail": "failure", "missing": "failure", "danger": "danger",
        "error": "danger", "bug": "bug", "example": "example", "quote": "quote", "cite": "quote",
    ]

    /// The callout `text` (a quote's first text) starts with, or nil: `[!`, a kind of letters,
    /// digits, `-` or `_`, `]`, then `+` or `-` to fold.
    init?(startOf text: String) {
        let bytes = Array(text.utf8.prefix(64))
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "!") else { return nil }
        var index = 2
        while index < bytes.count, Callout.isKindByte(bytes[index]) { index += 1 }
        guard index > 2, index < bytes.count, bytes[index] == UInt8(ascii: "]") else { return nil }
        written = String(decoding: bytes[2..<index], as: UTF8.self)
        kind = Callout.kinds[written.lowercased()] ?? "note"
        index += 1
        fold = .none
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            fold = bytes[index] == UInt8(ascii: "-") ? .closed : .open
            index += 1
        }
        // `[!note]Title` is not a callout in Obsidian either: the marker ends the word.
        guard index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return nil }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        markerLength = index
    }

    /// `faq` → `Faq`, `NOTE` → `Note`: the title of a callout that gives none.
    var defaultTitle: String {
        let words = written.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The element's opening and closing tags, and the title's.
    var tags: (open: String, close: String, titleOpen: String, titleClose: String) {
        let classes = "callout callout-\(kind)"
        switch fold {
        case .none:
            return ("<aside class=\"\(classes)\">\n", "</div>\n</aside>\n", "<p class=\"callout-title\">", "</p>\n<div class=\"callout-body\">\n")
        case .open, .closed:
            // `open` first: the print page opens every `<details class=` by writing it there.
            let open = fold == .open ? " open" : ""
            return ("<details\(open) class=\"\(classes)\">\n", "</div>\n</details>\n", "<summary class=\"callout-title\">", "</summary>\n<div class=\"callout-body\">\n")
        }
    }

    private static func isKindByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
