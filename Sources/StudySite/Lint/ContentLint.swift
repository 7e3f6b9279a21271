/// `studysite lint`, and the same warnings during a build: problems in the notes a reader
/// would trip over, each at its `path:line`. Works on the Markdown as written, line by line
/// (fences tracked), so it costs one pass over each note and never stops a build.
enum ContentLint {
    /// Lints every note of a loaded site; the glossary's fragment definitions come from the
    /// glossary stage, which reports them itself during a build.
    static func run(_ site: Site, markdown: [String], log: DiagnosticLog) {
        let found = Array(zip(site.pages, markdown)).concurrentMap { page, body in lint(page, markdown: body) }
        for diagnostics in found { log.report(diagnostics) }
    }

    static func lint(_ page: Page, markdown: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var fence: (marker: String, line: Int)?
        var numbering = HeadingNumbering()
        var inResources = false
        // Lines split on bytes: splitting the String would find every character's boundaries.
        for (offset, rawLine) in markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let location = page.location(line: offset + 1)
            let line = Self.trimmed(Substring(rawLine))
            if let open = fence {
                if line.hasPrefix(open.marker) && line.allSatisfy({ $0 == open.marker.first }) { fence = nil }
                continue
            }
            if let marker = fenceMarker(line) {
                fence = (marker, offset + 1)
                continue
            }
            if isPlaceholder(line) {
                diagnostics.append(.warning("placeholder line left in the note: \"\(line.prefix(60))\"", at: location, kind: "lint:placeholder"))
            }
            if line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                let text = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
                if level <= 6, line.dropFirst(level).first == " " {
                    if let skip = numbering.visit(text, level: level) {
                        diagnostics.append(.warning("heading numbering skips: \(skip)", at: location, kind: "lint:heading-numbering"))
                    }
                    inResources = text.lowercased().hasPrefix("resources")
                }
                continue
            }
            if inResources, let item = listItemText(line), !item.contains("](") && !item.contains("http://") && !item.contains("https://") && !item.contains("<http") {
                diagnostics.append(.warning("\"Resources\" entry without a URL: \"\(item.prefix(60))\"; link it (`[Title](https://…)`) or drop it", at: location, kind: "lint:resource-without-url"))
            }
            if line.hasPrefix("|"), let word = longestWord(inTableRow: line), word.count > longestPhoneWord {
                diagnostics.append(.warning("table cell word `\(word.prefix(40))…` (\(word.count) characters) is wider than a phone, even with the table shown as cards; break it or move it out of the table", at: location, kind: "lint:wide-table-word"))
            }
        }
        if let open = fence {
            diagnostics.append(.warning("code fence (\(open.marker)) opened here is never closed: the rest of the note shows as code", at: page.location(line: open.line), kind: "lint:unclosed-fence"))
        }
        return diagnostics
    }

    /// The characters of one unbreakable word that fit a 360 px phone in a table card
    /// (measured: a 36-character ARN in code fits a card's line).
    static let longestPhoneWord = 38

    /// ```` ``` ```` or `~~~` (three or more) opening a fenced code block.
    static func fenceMarker(_ line: String) -> String? {
        for mark in ["`", "~"] where line.hasPrefix(String(repeating: mark, count: 3)) {
            return String(line.prefix(while: { String($0) == mark }))
        }
        return nil
    }

    /// "… (existing content remains unchanged here) …", "[… rest as before …]": text an
    /// editor or a tool left where content was meant to be.
    static func isPlaceholder(_ line: String) -> Bool {
        // Every placeholder starts with one of these; most lines do not, and rejecting them
        // before searching for the phrases keeps lint a small part of a build.
        let head = line.prefix(4).lowercased()
        guard ["…", "...", "(", "[", "<!--", "todo", "tbd"].contains(where: { head.hasPrefix($0) }) else { return false }
        let lower = line.lowercased()
        let phrases = ["remains unchanged", "rest unchanged", "unchanged here", "content goes here", "todo:", "tbd", "lorem ipsum", "rest as before"]
        if phrases.contains(where: { lower.contains($0) }) && (lower.hasPrefix("…") || lower.hasPrefix("...") || lower.hasPrefix("(") || lower.hasPrefix("[") || lower.hasPrefix("<!--") || lower.hasPrefix("todo") || lower.hasPrefix("tbd")) {
            return true
        }
        return (lower.hasPrefix("…") || lower.hasPrefix("...")) && (lower.hasSuffix("…") || lower.hasSuffix("...")) && lower.count > 6
    }

    /// The line without the spaces and tabs around it (what `trimmingCharacters(in:
    /// .whitespaces)` gives, without a trip through Foundation for every line).
    static func trimmed(_ line: Substring) -> String {
        // Nearly every line starts and ends with a plain ASCII character other than a space.
        if let first = line.utf8.first, let last = line.utf8.last, Self.isPlainEnd(first), Self.isPlainEnd(last) { return String(line) }
        let start = line.drop(while: \.isLintSpace)
        guard let last = start.lastIndex(where: { !$0.isLintSpace }) else { return "" }
        return String(start[...last])
    }

    private static func isPlainEnd(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
    }

    static func listItemText(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return String(line.dropFirst(2)) }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return String(line.dropFirst(digits.count + 2)) }
        return nil
    }

    static func longestWord(inTableRow line: String) -> String? {
        // A separator row (`|---|:--:|`) has no words.
        if line.allSatisfy({ "|-: ".contains($0) }) { return nil }
        // Code and emphasis marks are not shown.
        return line.split(whereSeparator: { $0 == " " || $0 == "|" })
            .map { word in
                let marks: Set<Character> = ["`", "*", "_"]
                let start = word.drop(while: { marks.contains($0) })
                return String(start[..<(start.lastIndex(where: { !marks.contains($0) }).map(start.index(after:)) ?? start.startIndex)])
            }
            .max(by: { $0.count < $1.count })
    }
}

/// Numbered headings (`## 7.1 What is IAM?`) within one note: a number that skips
/// (7.1 → 7.5) is reported with the one expected.
struct HeadingNumbering {
    private var last: [Int: [Int]] = [:]

    mutating func visit(_ text: String, level: Int) -> String? {
        let token = text.prefix(while: { $0.isNumber || $0 == "." })
        let parts = token.split(separator: ".").compactMap { Int($0) }
        guard !parts.isEmpty, parts.count == token.split(separator: ".").count, text.dropFirst(token.count).first == " " else { return nil }
        defer { last[level] = parts }
        for deeper in last.keys where deeper > level { last[deeper] = nil }
        guard let previous = last[level], previous.count == parts.count, previous.dropLast() == parts.dropLast() else { return nil }
        let expected = previous.last! + 1
        guard parts.last! > expected else { return nil }
        let written = parts.map(String.init).joined(separator: ".")
        let wanted = (previous.dropLast() + [expected]).map(String.init).joined(separator: ".")
        return "\(previous.map(String.init).joined(separator: ".")) is followed by \(written), expected \(wanted)"
    }
}

private extension Character {
    /// A tab or a space separator (Unicode Zs): what `CharacterSet.whitespaces` holds.
    var isLintSpace: Bool {
        self == "\t" || (unicodeScalars.count == 1 && unicodeScalars.first!.properties.generalCategory == .spaceSeparator)
    }
}
