/// One `{{…}}` tag of a template, where it stands, for checks swift-mustache does not make:
/// partials that include themselves, and names no context has.
struct TemplateTag: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `{{name}}`
        case variable
        /// `{{{name}}}` and `{{&name}}`
        case unescaped
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case inverted
        /// `{{/name}}`
        case close
        /// `{{>name}}`
        case partial
        /// `{{<name}}`: a partial whose blocks the tags up to `{{/name}}` override.
        case parent
        /// `{{$name}}`
        case block
        /// Comments, pragmas and delimiter changes.
        case other
    }

    var kind: Kind
    /// The tag as written, spaces trimmed: `{{#toc}}`, `{{{content}}}`.
    var text = ""
    /// The name with transforms taken off: `title` for `{{uppercased(title)}}`.
    var name: String
    /// Outermost first: `["uppercased"]`.
    var transforms: [String]
    var line: Int
    /// 1-based, in UTF-8 bytes from the start of the line (as cmark counts).
    var column: Int

    /// Every tag of `text`, in order; `{{=<% %>=}}` changes the delimiters as Mustache does.
    static func scan(_ text: String) -> [TemplateTag] {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        var tags: [TemplateTag] = []
        var index = 0
        var line = 1
        var lineStart = 0
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset + pattern.count <= bytes.count && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let tagLine = line
            let column = index - lineStart + 1
            var start = index + open.count
            var end = close
            let triple = open == Array("{{".utf8) && start < bytes.count && bytes[start] == UInt8(ascii: "{")
            if triple {
                start += 1
                end = [UInt8(ascii: "}")] + close
            }
            var finish = start
            while finish < bytes.count && !matches(end, at: finish) { finish += 1 }
            guard finish < bytes.count else { break }
            for offset in start..<finish where bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            index = finish + end.count
            let inner = String(decoding: bytes[start..<finish], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let written = String(decoding: open, as: UTF8.self) + (triple ? "{" : "") + inner + (triple ? "}" : "") + String(decoding: close, as: UTF8.self)
            if triple {
                tags.append(TemplateTag(kind: .unescaped, inner, line: tagLine, column: column, text: written))
                continue
            }
            let sigil = inner.first
            let rest = String(inner.dropFirst()).trimmingCharacters(in: .whitespaces)
            let kind: Kind
            switch sigil {
            case "#": kind = .section
            case "^": kind = .inverted
            case "/": kind = .close
            case ">": kind = .partial
            case "<": kind = .parent
            case "$": kind = .block
            case "&": kind = .unescaped
            case "!", "%": kind = .other
            case "=":
                let delimiters = rest.hasSuffix("=") ? String(rest.dropLast()).split(separator: " ", omittingEmptySubsequences: true) : []
                if delimiters.count == 2 {
                    open = Array(delimiters[0].utf8)
                    close = Array(delimiters[1].utf8)
                }
                kind = .other
            default:
                tags.append(TemplateTag(kind: .variable, inner, line: tagLine, column: column, text: written))
                continue
            }
            tags.append(TemplateTag(kind: kind, rest, line: tagLine, column: column, text: written))
        }
        return tags
    }

    /// Splits `a(b(name))` into the name and its transforms, as swift-mustache reads them.
    init(kind: Kind, _ name: String, line: Int, column: Int, text: String = "") {
        var name = name
        var transforms: [String] = []
        if kind != .partial && kind != .parent && kind != .other {
            while name.hasSuffix(")"), let paren = name.firstIndex(of: "(") {
                transforms.append(String(name[..<paren]).trimmingCharacters(in: .whitespaces))
                name = String(name[name.index(after: paren)..<name.index(before: name.endIndex)]).trimmingCharacters(in: .whitespaces)
            }
        }
        self.kind = kind
        self.text = text
        self.name = name
        self.transforms = transforms
        self.line = line
        self.column = column
    }
}
