import Foundation

/// An mdBook `SUMMARY.md`: the book's chapters in reading order, with their parts and nesting.
///
/// The format (https://rust-lang.github.io/mdBook/format/summary.html): an optional `# Title`,
/// prefix chapters (`[Intro](intro.md)` lines), numbered chapters as a list (`- [Basics](basics.md)`,
/// nested by indentation, `- [Draft]()` for a chapter not written yet), part titles
/// (`# Part I`) between them, `---` separators, then suffix chapters as plain link lines again.
struct BookSummary: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case prefix, numbered, suffix
    }

    struct Chapter: Sendable, Equatable {
        var title: String
        /// Relative to the content folder, percent-decoded, without `./`; nil for a draft.
        var path: String?
        /// Line in SUMMARY.md, for messages.
        var line: Int
        var kind: Kind
        /// 0 for a top-level numbered chapter, 1 for one nested under it, …; 0 outside the list.
        var depth: Int = 0
        /// Index into `parts` of the part title above it; nil before the first.
        var part: Int?
    }

    static let fileName = "SUMMARY.md"

    var parts: [String] = []
    var chapters: [Chapter] = []

    /// Reads `text`; lines that are none of the above are skipped, as mdBook's own parser
    /// reports them only when they would lose a chapter (a list item without a link is an error).
    init(parsing text: String, path: String, log: DiagnosticLog) {
        var sawTitle = false
        var sawEntry = false
        var sawList = false
        var indents: [Int] = []  // indentation of each open list level
        var fence: String?
        for (offset, raw) in FrontMatter.normalized(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty || BookSummary.isSeparator(trimmed) || trimmed.hasPrefix("<!--") { continue }
            if trimmed.hasPrefix("# ") || trimmed == "#" {
                let title = trimmed.dropFirst(1).trimmingCharacters(in: .whitespaces)
                if !sawTitle && !sawEntry {
                    sawTitle = true  // the summary's own title, not a part
                } else {
                    parts.append(title)
                    indents = []
                }
                continue
            }
            if trimmed.hasPrefix("#") { continue }  // smaller headings are not parts
            let indent = raw.prefix(while: { $0 == " " || $0 == "\t" }).reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            if let item = BookSummary.listItem(trimmed) {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                guard let link = BookSummary.link(item) else {
                    log.report(.error("this list item is not a link: write a chapter as `- [Title](file.md)`, or `- [Title]()` for a draft", at: SourceLocation(path: path, line: line, column: indent + 1)))
                    continue
                }
                sawList = true
                sawEntry = true
                chapters.append(Chapter(title: link.title, path: link.path, line: line, kind: .numbered, depth: indents.count - 1, part: parts.isEmpty ? nil : parts.count - 1))
            } else if let link = BookSummary.link(trimmed[...]) {
                sawEntry = true
                chapters.append(Chapter(title: link.title, path: link.path, line: line, kind: sawList ? .suffix : .prefix))
            }
        }
    }

    /// `---`, `***`, `___` (three or more, spaces allowed between).
    private static func isSeparator(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The text after `- `, `* `, `+ ` or `1. `; nil when the line is no list item.
    private static func listItem(_ line: String) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).drop(while: { $0 == " " })
        }
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2).drop(while: { $0 == " " })
    }

    /// `[Title](path)`, `[Title](<path with spaces>)`, `[Title]()`: the title and the decoded
    /// path (nil for a draft).
    private static func link(_ text: Substring) -> (title: String, path: String?)? {
        guard text.first == "[", let close = BookSummary.closingBracket(in: text) else { return nil }
        let title = text[text.index(after: text.startIndex)..<close]
        var rest = text[text.index(after: close)...]
        guard rest.first == "(", let end = rest.lastIndex(of: ")") else { return nil }
        rest = rest[rest.index(after: rest.startIndex)..<end]
        var target = rest.trimmingCharacters(in: .whitespaces)
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        let plainTitle = title.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "`", with: "")
        guard !target.isEmpty else { return (plainTitle, nil) }
        var path = target.removingPercentEncoding ?? target
        while path.hasPrefix("./") { path.removeFirst(2) }
        return (plainTitle, path)
    }

    /// The `]` that closes the `[` at the start, skipping nested brackets and escapes.
    private static func closingBracket(in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "\\": index = text.index(after: index)
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            if index < text.endIndex { index = text.index(after: index) }
        }
        return nil
    }
}
