import Foundation

/// Splits a note into its YAML front matter and its Markdown body.
///
/// Front matter is the block between a first line `---` and the next line that is
/// `---` or `...`, as in Jekyll, Hugo and Zola.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML text, without the fences; nil when the file has no front matter.
    public var yaml: String?
    /// The Markdown after the closing fence.
    public var body: String
    /// 1-based file line where `body` starts.
    public var bodyStartLine: Int

    public init(splitting original: String, path: String) throws(BuildFailure) {
        // Windows line endings are normalised first, so fences compare as plain `---`.
        let text = original.containsByte(13) ? original.replacingOccurrences(of: "\r\n", with: "\n") : original
        // Lines are found on UTF-8 bytes: splitting a large note into Characters was slow.
        let utf8 = text.utf8
        let lines = FrontMatter.lineStarts(utf8)
        func line(_ number: Int) -> Substring.UTF8View {
            let end = number + 1 < lines.count ? utf8.index(before: lines[number + 1]) : utf8.endIndex
            return utf8[lines[number]..<end]
        }
        guard line(0).elementsEqual("---".utf8) else {
            yaml = nil
            body = text
            bodyStartLine = 1
            return
        }
        guard let closing = (1..<lines.count).first(where: { line($0).elementsEqual("---".utf8) || line($0).elementsEqual("...".utf8) }) else {
            throw BuildFailure(.error(
                "front matter starts with `---` on line 1 but has no closing `---` line",
                at: SourceLocation(path: path, line: 1, column: 1)))
        }
        let yamlStart = lines.count > 1 ? lines[1] : utf8.endIndex
        let yamlEnd = closing > 1 ? utf8.index(before: lines[closing]) : yamlStart
        yaml = String(text[yamlStart..<yamlEnd])
        body = closing + 1 < lines.count ? String(text[lines[closing + 1]...]) : ""
        // Line 1 is the opening fence, the YAML follows, then the closing fence.
        bodyStartLine = closing + 2
    }

    /// The index where each line starts (the first is the start of the text).
    private static func lineStarts(_ utf8: String.UTF8View) -> [String.Index] {
        var starts = [utf8.startIndex]
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }
}
