/// The print page's one pass over a note's HTML: ids and links as `PrintLinks` says, and,
/// when asked, headings one level down and every `<details>` open. It walks the UTF-8 bytes
/// tag by tag instead of running a regular expression or a string replacement per rule:
/// with one replacement per heading level over every note, the print page was 4.9 s of a
/// 6.0 s build of 1,000 pages.
extension PrintLinks {
    /// What the pass changes besides ids and links.
    struct Layout {
        /// `h1`–`h5` become `h2`–`h6`, so the note title is the only `h2` of its part.
        var demotesHeadings = false
        /// `<details>` gets `open`, since paper cannot click.
        var opensDetails = false
    }

    /// `html` of the note `slug` (its links relative to the note's own folder) made to fit the print page.
    /// `prefix` overrides the note's own; `localIDs`, when given, are the only ids a `#x`
    /// link may keep pointing at on the page (the rest lead back to the note).
    func rewrite(_ html: String, of slug: String, prefix: String? = nil, localIDs: Set<String>? = nil, layout: Layout = Layout()) -> String {
        let prefix = prefix ?? prefixes[slug] ?? Slugger.slugify(slug)
        var rewriter = TagRewriter(layout: layout) { attribute, value in
            switch attribute {
            case "id", "for", "name", "aria-labelledby", "aria-describedby":
                return value.split(separator: " ").map { prefix + "--" + $0 }.joined(separator: " ")
            case "href":
                if value.hasPrefix("#"), let localIDs, !localIDs.contains(String(value.dropFirst())) {
                    let file = (slug.split(separator: "/").last.map(String.init) ?? slug) + ".html"
                    return target(file + value, from: slug, prefix: prefix)
                }
                return target(value, from: slug, prefix: prefix)
            default:
                return nil
            }
        }
        return rewriter.rewrite(html)
    }
}

/// Copies HTML byte for byte, except the names of demoted headings, an `open` added to
/// `<details>`, and the double-quoted attribute values `newValue` replaces. The HTML is the
/// build's own (cmark's and the generators'), whose attribute values are always quoted and
/// whose text never holds a raw `<` outside a tag.
private struct TagRewriter {
    let layout: PrintLinks.Layout
    /// The new value of an attribute (name in lower case), or nil to keep it.
    let newValue: (String, String) -> String?
    private var output: [UInt8] = []

    init(layout: PrintLinks.Layout, newValue: @escaping (String, String) -> String?) {
        self.layout = layout
        self.newValue = newValue
    }

    mutating func rewrite(_ html: String) -> String {
        let bytes = Array(html.utf8)
        output = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else {
                output += bytes[index...]
                break
            }
            output += bytes[index..<open]
            index = tag(bytes, at: open)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Copies the tag, comment or stray `<` at `start`; returns the index after it.
    private mutating func tag(_ bytes: [UInt8], at start: Int) -> Int {
        if bytes[start...].starts(with: Self.commentOpen) {
            let end = Self.find(Self.commentClose, in: bytes, from: start + 4).map { $0 + 3 } ?? bytes.count
            output += bytes[start..<end]
            return end
        }
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, Self.isLetter(bytes[nameStart]) else {
            output.append(UInt8(ascii: "<"))
            return start + 1
        }
        output += bytes[start..<nameStart]
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        if layout.demotesHeadings, name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...5).contains(level) {
            output += Array("h\(level + 1)".utf8)
        } else {
            output += bytes[nameStart..<index]
        }
        let opens = layout.opensDetails && !closing && name == "details"
        if opens { output += Array(" open".utf8) }
        return attributes(bytes, from: index, skippingOpen: opens)
    }

    /// Copies the attributes up to and including the tag's `>`; returns the index after it.
    private mutating func attributes(_ bytes: [UInt8], from start: Int, skippingOpen: Bool) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                output.append(byte)
                return index + 1
            }
            guard Self.isNameByte(byte) else {
                output.append(byte)
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "\"") else {
                if skippingOpen && name == "open" {
                    while output.last == UInt8(ascii: " ") { output.removeLast() }
                } else {
                    output += bytes[nameStart..<index]
                }
                continue
            }
            let valueStart = index + 2
            let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
            output += bytes[nameStart..<valueStart]
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            if let replaced = newValue(name, value) {
                output += Array(replaced.utf8)
            } else {
                output += bytes[valueStart..<valueEnd]
            }
            if valueEnd < bytes.count { output.append(UInt8(ascii: "\"")) }
            index = valueEnd + 1
        }
        return index
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Tag and attribute names: letters, digits, `-`, `_`, `:` (as in `xlink:href`).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
