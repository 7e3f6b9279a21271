import CLibXML2

/// Sanitizes the raw HTML of one stretch of a note (the raw pieces one Markdown block holds,
/// see `RawHTMLAssembly`) with libxml2's HTML parser, never with patterns on text, and writes
/// what is allowed back out itself (`RawHTMLSerializer`): balanced, escaped, deterministic.
///
/// The pieces are parsed together, so `<a id="x">` and `</a>`, which cmark keeps apart, make
/// one element, and a `<details>` block closed several Markdown blocks later holds them. The
/// trusted HTML between the pieces (cmark's own output, with the draft's holes) never reaches
/// the parser: each stretch of it stands in the input as a placeholder in text, and is put
/// back byte for byte where the placeholder comes out. When a placeholder does not come out
/// exactly once and in order (raw HTML swallowed it into a comment, a `<script>`, an
/// attribute), or the note's own text holds the placeholder character, each piece is
/// sanitized on its own instead, so trusted HTML is never lost, duplicated or moved.
struct RawHTMLSanitizer {
    enum Part {
        /// Raw HTML as written, with its index among the note's pieces.
        case raw(String, piece: Int)
        /// HTML StudySite made; kept as it is.
        case trusted(String)
    }

    /// Something the sanitizer left out, for a warning at its piece.
    struct Removal: Hashable {
        /// `<script>`, `onerror`, `javascript:` …: the kind, as the warning names it.
        var what: Kind
        var piece: Int

        enum Kind: Hashable {
            case element(String)
            case attribute(String, element: String)
            case url(scheme: String, element: String, attribute: String)
        }
    }

    struct Result {
        var html: String
        var removals: [Removal] = []
        /// `id`s and `<a name>`s kept: anchors links may name.
        var ids: [String] = []
        /// URLs of `href`/`src` kept, as written and as rewritten, with their piece.
        var links: [(written: String, url: String, piece: Int)] = []
    }

    /// Rewrites a kept `href`/`src` as the note's Markdown links are rewritten (`a.md` → `a.html`).
    let rewriteURL: (String) -> String

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Start and end of a placeholder: private-use characters, which cmark and libxml2 keep as text.
    static let placeholderStart: Unicode.Scalar = "\u{E000}"
    static let placeholderEnd: Unicode.Scalar = "\u{E001}"

    func sanitize(_ parts: [Part]) -> Result {
        let trustedCount = parts.reduce(0) { count, part in if case .trusted = part { count + 1 } else { count } }
        if let together = sanitizeTogether(parts), together.trustedEmitted == trustedCount, together.placeholderStarts == trustedCount {
            return together.result
        }
        var result = Result(html: "")
        for part in parts {
            switch part {
            case .trusted(let html):
                result.html += html
            case .raw:
                guard let alone = sanitizeTogether([part]) else { continue }
                result.html += alone.result.html
                result.removals += alone.result.removals
                result.ids += alone.result.ids
                result.links += alone.result.links
            }
        }
        return result
    }

    /// Parses every part as one input; nil when libxml2 returns no document.
    private func sanitizeTogether(_ parts: [Part]) -> (result: Result, trustedEmitted: Int, placeholderStarts: Int)? {
        _ = Self.initialized
        var input = "<html><body>"
        var trusted: [String] = []
        var pieceStarts: [(line: Int, piece: Int, literal: String)] = []
        var line = 1
        for part in parts {
            switch part {
            case .raw(let literal, let piece):
                pieceStarts.append((line, piece, literal))
                line += literal.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                input += literal
            case .trusted(let html):
                input.unicodeScalars.append(Self.placeholderStart)
                input += String(trusted.count)
                input.unicodeScalars.append(Self.placeholderEnd)
                trusted.append(html)
            }
        }
        // No network, no error output, and no `<meta charset>` switching the decoding mid-way.
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var bytes = input
        let parsed: htmlDocPtr? = bytes.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), "note.html", "UTF-8", options) }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var asked: [String: Int] = [:]
        var serializer = RawHTMLSerializer(trusted: trusted, rewriteURL: rewriteURL) { line, name in
            let key = "\(line) \(name)"
            defer { asked[key, default: 0] += 1 }
            return Self.piece(at: line, naming: name, in: pieceStarts, occurrence: asked[key, default: 0])
        }
        if let root = xmlDocGetRootElement(document) { serializer.write(root) }
        return (serializer.result, serializer.nextTrusted, serializer.placeholderStarts)
    }

    /// The piece an element or attribute found at `line` of the input came from: of the
    /// pieces on that line that mention `name`, the `occurrence`-th (libxml2 numbers lines,
    /// not columns; several inline pieces share one).
    private static func piece(at line: Int, naming name: String, in starts: [(line: Int, piece: Int, literal: String)], occurrence: Int) -> Int {
        guard let last = starts.lastIndex(where: { $0.line <= line }) else { return starts.first?.piece ?? 0 }
        var first = last
        while first > 0, starts[first - 1].line == starts[last].line { first -= 1 }
        let candidates = starts[first...last]
        let naming = candidates.filter { $0.literal.lowercased().contains(name) }
        return naming.isEmpty ? candidates.last!.piece : naming[occurrence % naming.count].piece
    }
}
