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
        // Swift treats "\r\n" as one Character, so Windows line endings are normalised first.
        let text = original.contains("\r\n") ? original.replacingOccurrences(of: "\r\n", with: "\n") : original
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first != "---" {
            yaml = nil
            body = text
            bodyStartLine = 1
            return
        }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            throw BuildFailure(.error(
                "front matter starts with `---` on line 1 but has no closing `---` line",
                at: SourceLocation(path: path, line: 1, column: 1)))
        }
        yaml = lines[..<closing].joined(separator: "\n")
        body = lines[(closing + 1)...].joined(separator: "\n")
        // Line 1 is the opening fence, the YAML follows, then the closing fence.
        bodyStartLine = closing + 3
    }
}
