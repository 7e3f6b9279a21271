import Foundation

/// A note's raw HTML on its way through the Markdown pass in `html: safe` mode.
///
/// cmark keeps raw HTML as it finds it: an HTML block, or one tag per inline node
/// (`<a id="x">` and `</a>` are two). The pass swaps each of those pieces for a sentinel
/// and remembers the piece and its parent node, the scope its elements live in; the first
/// piece of a scope also puts an end sentinel after the parent's last child. Once cmark has
/// rendered the note, `resolve` replaces each scope, innermost first, by the sanitized HTML
/// of its pieces with the HTML cmark made between them: so the elements raw HTML opens can
/// hold Markdown (`<details>` … Markdown … `</details>`) but are closed by the end of the
/// block they were opened in, and the page around them stays well-formed.
///
/// A sentinel is `<`, a run of U+0002, `p` or `e`, a number and `>`. As with `BodyDraft`'s
/// holes, a raw `<` in cmark's output is its own tag or raw HTML, and every piece of raw HTML
/// is replaced, so a sentinel the note itself wrote would need a longer run than any after
/// a `<` in the note; the run is made one longer than that.
struct RawHTMLAssembly {
    struct Piece {
        var literal: String
        var scope: Int
        var location: SourceLocation
    }

    private(set) var pieces: [Piece] = []
    private var scopes: [OpaquePointer: Int] = [:]
    private var sentinelLength = 1
    /// Set for a GFM table whose own text holds U+0002: raw HTML in its cells is dropped, so
    /// nothing there can pass for a sentinel (see `cellSentinel`).
    var tableHoldsSentinelByte = false

    private static let sentinelByte: UInt8 = 0x02

    init(for markdown: String) {
        sentinelLength = BodyDraft.unforgeableRunLength(of: Self.sentinelByte, in: markdown)
    }

    init() {}

    /// Records a piece; returns its sentinel and, for the first piece under `parent`, the end
    /// sentinel to put after the parent's last child.
    mutating func add(_ literal: String, parent: OpaquePointer, location: SourceLocation) -> (piece: String, end: String?) {
        var end: String?
        let scope: Int
        if let known = scopes[parent] {
            scope = known
        } else {
            scope = scopes.count
            scopes[parent] = scope
            end = sentinel("e", scope)
        }
        pieces.append(Piece(literal: literal, scope: scope, location: location))
        return (sentinel("p", pieces.count - 1), end)
    }

    private func sentinel(_ kind: Character, _ number: Int) -> String {
        "<" + String(repeating: "\u{2}", count: sentinelLength) + String(kind) + String(number) + ">"
    }

    /// In a GFM table cell the sentinel is text, which cmark escapes: U+0002, the sentinel's
    /// letter and number, U+0003. `resolvingCellSentinels` turns them into sentinels once the
    /// table is rendered.
    static func cellSentinel(_ sentinel: String) -> String {
        "\u{2}" + sentinel.drop { $0 == "<" || $0 == "\u{2}" }.dropLast() + "\u{3}"
    }

    func resolvingCellSentinels(in html: String) -> String {
        guard !tableHoldsSentinelByte, html.utf8.contains(Self.sentinelByte) else { return html }
        let prefix = "<" + String(repeating: "\u{2}", count: sentinelLength)
        var result = ""
        var rest = html[...]
        while let start = rest.firstIndex(of: "\u{2}") {
            result += rest[..<start]
            let body = rest[rest.index(after: start)...]
            guard let end = body.firstIndex(of: "\u{3}") else { break }
            result += prefix + body[..<end] + ">"
            rest = body[body.index(after: end)...]
        }
        return result + rest
    }

    /// `html` with every scope sanitized (see the type's comment).
    func resolve(_ html: String, sanitizer: RawHTMLSanitizer) -> (html: String, result: RawHTMLSanitizer.Result) {
        var all = RawHTMLSanitizer.Result(html: "")
        var output = ""
        var stack: [(scope: Int, parts: [RawHTMLSanitizer.Part])] = []
        func appendTrusted(_ text: Substring) {
            guard !text.isEmpty else { return }
            guard !stack.isEmpty else { return output += text }
            if case .trusted(let previous) = stack[stack.count - 1].parts.last {
                stack[stack.count - 1].parts[stack[stack.count - 1].parts.count - 1] = .trusted(previous + text)
            } else {
                stack[stack.count - 1].parts.append(.trusted(String(text)))
            }
        }
        func closeScope() {
            let frame = stack.removeLast()
            let sanitized = sanitizer.sanitize(frame.parts)
            all.removals += sanitized.removals
            all.ids += sanitized.ids
            all.links += sanitized.links
            appendTrusted(sanitized.html[...])
        }
        var rest = html[...]
        while let found = sentinelStart(in: rest) {
            appendTrusted(rest[..<found.lowerBound])
            let body = rest[found.upperBound...]
            guard let kind = body.first, kind == "p" || kind == "e", let close = body.firstIndex(of: ">"),
                let number = Int(body[body.index(after: body.startIndex)..<close])
            else {
                appendTrusted(rest[found.lowerBound..<found.upperBound])
                rest = body
                continue
            }
            rest = body[body.index(after: close)...]
            // A block's sentinel is a line of its own in cmark's output; the raw HTML it stands
            // for ends its own lines, and an end sentinel stands for nothing.
            let ownLine = html[..<found.lowerBound].last.map { $0 == "\n" } ?? true
            if rest.first == "\n", (kind == "e" && ownLine) || (kind == "p" && number < pieces.count && pieces[number].literal.last == "\n") {
                rest = rest.dropFirst()
            }
            if kind == "p", number < pieces.count {
                let scope = pieces[number].scope
                if stack.last?.scope != scope { stack.append((scope, [])) }
                stack[stack.count - 1].parts.append(.raw(pieces[number].literal, piece: number))
            } else if kind == "e", let index = stack.lastIndex(where: { $0.scope == number }) {
                while stack.count > index { closeScope() }
            }
        }
        appendTrusted(rest)
        while !stack.isEmpty { closeScope() }
        all.html = output
        return (output, all)
    }

    /// The next `<` and run of U+0002 as long as a sentinel's in `text`, found on its UTF-8
    /// bytes (Foundation's `range(of:)` would copy the rest of the page for each one).
    private func sentinelStart(in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let found = utf8[index...].firstIndex(of: Self.sentinelByte) {
            var end = found
            var run = 0
            while end < utf8.endIndex, utf8[end] == Self.sentinelByte {
                run += 1
                end = utf8.index(after: end)
            }
            if run == sentinelLength, found > utf8.startIndex, utf8[utf8.index(before: found)] == UInt8(ascii: "<") {
                return utf8.index(before: found)..<end
            }
            index = end
        }
        return nil
    }
}
