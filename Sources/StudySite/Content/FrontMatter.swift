import Foundation

/// Splits a note into its YAML front matter and its Markdown body.
///
/// Front matter is the block between a first line `---` and the next line that is
/// `---` or `...`, as in Jekyll, Hugo and Zola.
struct FrontMatter: Sendable, Equatable {
    /// The YAML text, without the fences; nil when the file has no front matter.
    public var yaml: String?
    /// The Markdown after the closing fence.
    public var body: String
    /// 1-based file line where `body` starts.
    public var bodyStartLine: Int

    public init(splitting original: String, path: String) throws(BuildFailure) {
        // A byte order mark (Windows editors write one) is not text; Windows (CRLF) and old
        // Mac (CR) line endings become `\n`, so fences compare as plain `---` and lines count
        // as Yams and cmark count them.
        var text = FrontMatter.normalized(original)
        // Lines are found on UTF-8 bytes, and only as far as the closing fence.
        let fences = text.withUTF8 { FrontMatter.fences(in: $0) }
        guard let fences else {
            yaml = nil
            body = text
            bodyStartLine = 1
            return
        }
        guard let closing = fences.closing else {
            throw BuildFailure(.error(
                "front matter starts with `---` on line 1 but has no closing `---` line",
                at: SourceLocation(path: path, line: 1, column: 1)))
        }
        let utf8 = text.utf8
        let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        yaml = String(text[index(fences.yamlStart)..<index(max(fences.yamlStart, closing.start - 1))])
        body = String(text[index(closing.next)...])
        // Line 1 is the opening fence, the YAML follows, then the closing fence.
        bodyStartLine = closing.line + 1
    }

    /// `text` without a leading U+FEFF, every CRLF and lone CR made LF.
    static func normalized(_ text: String) -> String {
        let hasBOM = text.utf8.starts(with: [0xEF, 0xBB, 0xBF])
        guard hasBOM || text.containsByte(13) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8.dropFirst(hasBOM ? 3 : 0) {
            if byte == 13 {
                bytes.append(10)
            } else if !(byte == 10 && previousWasCR) {
                bytes.append(byte)
            }
            previousWasCR = byte == 13
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the fences are, as UTF-8 offsets: nil when line 1 is not `---`; `closing` nil
    /// when no later line is `---` or `...`. `closing.line` is 1-based, `next` is where
    /// the line after it starts.
    private static func fences(in bytes: UnsafeBufferPointer<UInt8>) -> (yamlStart: Int, closing: (line: Int, start: Int, next: Int)?)? {
        var start = 0
        var number = 1
        while start <= bytes.count {
            let end = (start..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: "\n") }) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let next = min(end + 1, bytes.count)
            if number == 1 {
                guard line.elementsEqual("---".utf8) else { return nil }
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                return (min(4, bytes.count), (number, start, next))
            }
            if end == bytes.count { break }
            start = end + 1
            number += 1
        }
        return (min(4, bytes.count), nil)
    }
}
