/// A list item that defines a glossary term: its first paragraph starts with bold
/// text followed by a colon or a dash (`- **Term**: …`, `- **Term** – …`, `- **Term:** …`).
/// `- **Term** verifies …` is not one. Both Markdown passes use this one test, so
/// the term the analyzer extracts is exactly the bold text the renderer leaves unlinked.
struct DefinitionItem {
    /// The defining bold text.
    let strong: MarkdownNode
    /// The term, without a trailing colon.
    let term: String
    /// Characters of the text after `strong` that belong to the separator (`: `, ` – `), 0 for `**Term:**`.
    let separatorLength: Int

    init?(_ item: MarkdownNode) {
        guard item.kind == .item, let paragraph = item.firstChild, paragraph.kind == .paragraph,
            let strong = paragraph.firstChild, strong.kind == .strong
        else { return nil }
        var term = DefinitionItem.trimmingSpaces(strong.plainText)
        let rest = strong.next
        let restText = rest?.kind == .text ? rest!.literal : ""
        var separatorLength = 0
        if term.hasSuffix(":") {
            term = DefinitionItem.trimmingSpaces(String(term.dropLast()))
        } else if let length = DefinitionItem.separator(at: restText) {
            separatorLength = length
        } else {
            return nil
        }
        // Something must follow the separator: `- **Term**:` alone defines nothing.
        let followingText = restText.dropFirst(separatorLength)
        let hasDefinition = followingText.contains(where: { !DefinitionItem.isSpace($0) }) || rest?.next != nil || (rest.map { $0.kind != .text } ?? false)
        guard !term.isEmpty, hasDefinition else { return nil }
        self.strong = strong
        self.term = term
        self.separatorLength = separatorLength
    }

    /// What Foundation's `CharacterSet.whitespaces` holds: tab and the space separators (Zs).
    static func isSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// `trimmingCharacters(in: .whitespaces)` without Foundation's bridge through NSString.
    static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.first, let last = text.last, isSpace(first) || isSpace(last) else { return text }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    /// Length of a leading `:` or dash with its spaces: `: `, ` - `, ` – `, `—`.
    /// A hyphen must have a space on both sides (`**Pay**-as-you-go` is a word, not a separator).
    static func separator(at text: String) -> Int? {
        let leading = text.prefix(while: { $0 == " " }).count
        let rest = text.dropFirst(leading)
        guard let first = rest.first else { return nil }
        switch first {
        case ":":
            return leading + 1
        case "–", "—":
            return leading + 1 + rest.dropFirst().prefix(while: { $0 == " " }).count
        case "-" where leading > 0 && rest.dropFirst().first == " ":
            return leading + 1 + rest.dropFirst().prefix(while: { $0 == " " }).count
        default:
            return nil
        }
    }
}
