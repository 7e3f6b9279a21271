/// Records each link and image of a note with the place it starts in the note, for
/// messages that point at the Markdown a person edits (`content/vpc.md:12:5`).
///
/// cmark-gfm 0.29 gives inline links a source position, but not always a right one: an
/// autolink `<https://…>` after other inlines gets a column past its end, an extended
/// autolink (`www.…`) one off by one, a bare `https://…` autolink none at all. So a
/// position is checked against the line it names, and when it does not fit, the link is
/// looked for in that line (or the lines of its block) instead.
struct LinkRecorder {
    private let page: Page
    private let text: [UInt8]
    /// Byte offset of the start of each line (`\n`, `\r\n` or `\r` ends one, as in cmark).
    private var lineStarts: [Int] = []
    private(set) var links: [SourceLink] = []

    init(page: Page, markdown: String) {
        self.page = page
        self.text = Array(markdown.utf8)
    }

    mutating func record(_ node: MarkdownNode, written: String, url: String) {
        if lineStarts.isEmpty { lineStarts = Self.lineStarts(of: text) }
        var line = node.startLine
        var column = line > 0 ? node.startColumn : 0
        // Nearly always right: the line shows `[` or `![` where cmark says the link starts.
        if line > 0, startsLink(line: line, column: column) {
            links.append(SourceLink(written: written, url: url, location: page.location(line: line, column: column)))
            return
        }
        let candidates = Self.candidates(written: written, text: node.plainText)
        if line == 0 || !fits(candidates, line: line, column: column) {
            let first = line > 0 ? line : node.line
            let last = line > 0 ? line : max(first, node.enclosingEndLine)
            if let found = find(candidates, lines: first...last, near: column) {
                (line, column) = found
            } else if line == 0 {
                (line, column) = (first, 0)
            }
        }
        links.append(SourceLink(written: written, url: url, location: page.location(line: line, column: column)))
    }

    /// What the source may show where the link starts: `[`, `![`, `<dest`, or the URL itself.
    private static func candidates(written: String, text: String) -> [[UInt8]] {
        var result: [[UInt8]] = [Array("<".utf8) + Array(written.utf8)]
        if !text.isEmpty { result.append(Array(text.utf8)) }
        if !written.isEmpty { result.append(Array(written.utf8)) }
        return result
    }

    private func bytes(ofLine line: Int) -> ArraySlice<UInt8>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : text.count
        while end > start, text[end - 1] == UInt8(ascii: "\n") || text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return text[start..<end]
    }

    private func startsLink(line: Int, column: Int) -> Bool {
        guard column > 0, let bytes = bytes(ofLine: line), column <= bytes.count else { return false }
        let rest = bytes[(bytes.startIndex + column - 1)...]
        return rest.first == UInt8(ascii: "[") || rest.starts(with: "![".utf8)
    }

    private func fits(_ candidates: [[UInt8]], line: Int, column: Int) -> Bool {
        guard column > 0, let bytes = bytes(ofLine: line), column <= bytes.count else { return false }
        let rest = bytes[(bytes.startIndex + column - 1)...]
        return candidates.contains { rest.starts(with: $0) }
    }

    /// The first candidate found in `lines`, at the occurrence nearest `column`.
    private func find(_ candidates: [[UInt8]], lines: ClosedRange<Int>, near column: Int) -> (Int, Int)? {
        for candidate in candidates where !candidate.isEmpty {
            for line in lines {
                guard let bytes = bytes(ofLine: line) else { continue }
                var best: Int?
                var index = bytes.startIndex
                while index + candidate.count <= bytes.endIndex {
                    if bytes[index..<index + candidate.count].elementsEqual(candidate) {
                        let found = index - bytes.startIndex + 1
                        if best.map({ abs($0 - column) > abs(found - column) }) ?? true { best = found }
                    }
                    index += 1
                }
                if let best { return (line, best) }
            }
        }
        return nil
    }

    private static func lineStarts(of text: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == text.count || text[index + 1] != UInt8(ascii: "\n"))) {
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    /// `id` and `name` attribute values in a piece of raw HTML: anchors a link may name.
    static func declaredIDs(inRawHTML html: String) -> [String] {
        var ids: [String] = []
        for attribute in ["id=", "name="] {
            var rest = Substring(html)
            while let range = rest.range(of: attribute) {
                let before = rest[..<range.lowerBound].last
                rest = rest[range.upperBound...]
                guard before == " " || before == "\t" || before == "\n", let quote = rest.first, quote == "\"" || quote == "'" else { continue }
                let value = rest.dropFirst().prefix { $0 != quote }
                ids.append(String(value))
                rest = rest.dropFirst(value.count + 1)
            }
        }
        return ids
    }
}
