extension MarkdownNode {
    /// True for a fenced code block that no closing fence ends: CommonMark closes it where
    /// the note (or its list item or quote) ends, so everything after the opening fence
    /// became code without a word. `markdown` is the text the node was parsed from.
    func isUnclosedFence(in markdown: String) -> Bool {
        guard kind == .codeBlock, let fence else { return false }
        let end = endLine
        guard end > startLine, let line = MarkdownNode.line(end, of: markdown) else { return true }
        // The closing fence may sit behind a quote's `>` or a list item's indent.
        var bytes = line.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") })
        let run = bytes.prefix(while: { $0 == fence.character }).count
        guard run >= fence.length else { return true }
        bytes = bytes.dropFirst(run)
        return !bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// Line `number` (1-based) of `text`, as UTF-8 bytes without its line break.
    private static func line(_ number: Int, of text: String) -> ArraySlice<UInt8>? {
        var current = 1
        var start: String.UTF8View.Index? = number == 1 ? text.utf8.startIndex : nil
        let utf8 = text.utf8
        if start == nil {
            var index = utf8.startIndex
            while index < utf8.endIndex {
                if utf8[index] == UInt8(ascii: "\n") {
                    current += 1
                    if current == number {
                        start = utf8.index(after: index)
                        break
                    }
                }
                index = utf8.index(after: index)
            }
        }
        guard let start else { return nil }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return ArraySlice(utf8[start..<end])
    }
}
