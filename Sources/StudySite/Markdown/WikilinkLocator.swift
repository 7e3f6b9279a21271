/// Finds where each wikilink the tree shows was written in the note, for messages that point
/// at it (`content/vpc.md:12:5`): cmark gives text no position. The links are asked for in
/// document order, so each is looked for after the one before, from its block's first line,
/// outside code spans.
struct WikilinkLocator {
    private let lines: [[UInt8]]
    private var line = 1
    private var column = 0

    init(markdown: String) {
        lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    /// Line and 1-based byte column of `written` at or after `blockLine` (body lines), or the
    /// block's line and column 0 when the source spells it differently (an escape, an entity).
    mutating func locate(_ written: String, blockLine: Int) -> (line: Int, column: Int) {
        let needle = Array(written.utf8)
        if blockLine > line { (line, column) = (blockLine, 0) }
        var current = line
        var from = column
        while current >= 1, current <= lines.count {
            if let found = WikilinkLocator.find(needle, in: lines[current - 1], from: from) {
                (line, column) = (current, found + needle.count)
                return (current, found + 1)
            }
            current += 1
            from = 0
        }
        return (max(blockLine, 1), 0)
    }

    /// The first `needle` in `line` at or after byte `from` that is not inside a code span.
    private static func find(_ needle: [UInt8], in line: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, line.count >= needle.count else { return nil }
        var index = 0
        while index + needle.count <= line.count {
            if line[index] == UInt8(ascii: "`") {
                // A code span: a run of backticks up to the next run of the same length.
                let run = line[index...].prefix { $0 == UInt8(ascii: "`") }.count
                var close = index + run
                var closed: Int?
                while close < line.count {
                    let length = line[close...].prefix { $0 == UInt8(ascii: "`") }.count
                    if length == run { closed = close + length; break }
                    close += max(length, 1)
                }
                index = closed ?? index + run
                continue
            }
            if index >= from, line[index] == needle[0], line[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
