import CLibXML2

/// Writes the allowed part of a libxml2 tree of raw HTML (see `RawHTMLSanitizer`) as HTML5:
/// kept elements with their kept attributes, quoted and escaped; text escaped as cmark
/// escapes it; every element closed; placeholders replaced by the trusted HTML they stand
/// for. Depth first with an explicit stack: raw HTML may nest deeper than a worker
/// thread's stack.
struct RawHTMLSerializer {
    let trusted: [String]
    let rewriteURL: (String) -> String
    /// The piece an element or attribute at an input line came from (line, element name).
    let pieceAt: (Int, String) -> Int
    private(set) var result = RawHTMLSanitizer.Result(html: "")
    /// The next placeholder expected; one out of order is written as the text it is.
    private(set) var nextTrusted = 0
    /// Placeholder starts seen in text written out: more than `nextTrusted` when the note's
    /// own text holds one (`&#xE000;`), which makes the placeholders ambiguous.
    private(set) var placeholderStarts = 0

    init(trusted: [String], rewriteURL: @escaping (String) -> String, pieceAt: @escaping (Int, String) -> Int) {
        self.trusted = trusted
        self.rewriteURL = rewriteURL
        self.pieceAt = pieceAt
    }

    private enum Step {
        case node(xmlNodePtr)
        case close(String)
    }

    mutating func write(_ root: xmlNodePtr) {
        var stack: [Step] = [.node(root)]
        while let step = stack.popLast() {
            switch step {
            case .close(let name):
                result.html += "</\(name)>"
            case .node(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE:
                    if let content = node.pointee.content { writeText(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    let name = String(cString: node.pointee.name).lowercased()
                    let line = Int(xmlGetLineNo(node))
                    if HTMLAllowlist.removedWithContent.contains(name) {
                        result.removals.append(.init(what: .element(name), piece: pieceAt(line, "<" + name)))
                        continue
                    }
                    if let allowed = HTMLAllowlist.elements[name] {
                        writeStartTag(name, of: node, allowed: allowed, line: line)
                        if !HTMLAllowlist.voidElements.contains(name) { stack.append(.close(name)) }
                    } else if name != "html" && name != "body" {
                        // Unwrapped: the tags go, the content stays.
                        result.removals.append(.init(what: .element(name), piece: pieceAt(line, "<" + name)))
                    }
                    var children: [xmlNodePtr] = []
                    var child = node.pointee.children
                    while let current = child {
                        children.append(current)
                        child = current.pointee.next
                    }
                    for child in children.reversed() { stack.append(.node(child)) }
                default:
                    // Comments, CDATA, processing instructions, DTDs: never shown, no warning.
                    continue
                }
            }
        }
    }

    private mutating func writeStartTag(_ name: String, of node: xmlNodePtr, allowed: Set<String>, line: Int) {
        result.html += "<" + name
        for (key, value) in LibXMLAttributes.list(of: node) {
            if let kept = keep(key, value: value, on: name, allowed: allowed, line: line) {
                result.html += " " + kept.name + "=\"" + HTMLEscape.attribute(kept.value) + "\""
            }
        }
        result.html += ">"
    }

    /// The attribute as written out, or nil when it goes.
    private mutating func keep(_ key: String, value: String, on element: String, allowed: Set<String>, line: Int) -> (name: String, value: String)? {
        guard allowed.contains(key) || HTMLAllowlist.globalAttributes.contains(key) else {
            result.removals.append(.init(what: .attribute(key, element: element), piece: pieceAt(line, key)))
            return nil
        }
        let trimmed = value.trimmedAttributeValue
        switch key {
        case "id", "name":
            // An empty id or one with spaces is invalid HTML and no link can name it.
            guard !trimmed.isEmpty, !value.contains(where: \.isWhitespace) else { return nil }
            result.ids.append(value)
            return (key, value)
        case _ where HTMLAllowlist.integerAttributes.contains(key):
            guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                result.removals.append(.init(what: .attribute(key, element: element), piece: pieceAt(line, key)))
                return nil
            }
            return (key, trimmed)
        case _ where HTMLAllowlist.booleanAttributes.contains(key):
            return (key, "")
        case "align":
            let alignment = trimmed.lowercased()
            guard HTMLAllowlist.alignments.contains(alignment) else { return nil }
            return ("style", "text-align: " + alignment)
        case "dir":
            let direction = trimmed.lowercased()
            return ["ltr", "rtl", "auto"].contains(direction) ? (key, direction) : nil
        case _ where HTMLAllowlist.urlAttributes.contains(key):
            switch RawHTMLURL.check(value, image: element == "img" && key == "src") {
            case .allowed(let url):
                guard key != "cite" else { return (key, url) }
                let rewritten = rewriteURL(url)
                result.links.append((url, rewritten, pieceAt(line, key)))
                return (key, rewritten)
            case .blocked(let scheme):
                result.removals.append(.init(what: .url(scheme: scheme, element: element, attribute: key), piece: pieceAt(line, key)))
                return nil
            }
        default:
            return (key, value)
        }
    }

    /// Text escaped as cmark escapes it; a placeholder that is the next one expected becomes
    /// its trusted HTML.
    private mutating func writeText(_ text: String) {
        guard text.unicodeScalars.contains(RawHTMLSanitizer.placeholderStart) else {
            BodyDraft.appendEscaped(text[...], to: &result.html)
            return
        }
        let scalars = text.unicodeScalars
        placeholderStarts += scalars.reduce(0) { $0 + ($1 == RawHTMLSanitizer.placeholderStart ? 1 : 0) }
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            guard scalars[index] == RawHTMLSanitizer.placeholderStart else {
                index = scalars.index(after: index)
                continue
            }
            let digitsStart = scalars.index(after: index)
            let digitsEnd = scalars[digitsStart...].firstIndex { !("0"..."9").contains($0) } ?? scalars.endIndex
            if digitsEnd < scalars.endIndex, scalars[digitsEnd] == RawHTMLSanitizer.placeholderEnd,
                Int(String(scalars[digitsStart..<digitsEnd])) == nextTrusted, nextTrusted < trusted.count
            {
                BodyDraft.appendEscaped(Substring(scalars[start..<index]), to: &result.html)
                result.html += trusted[nextTrusted]
                nextTrusted += 1
                index = scalars.index(after: digitsEnd)
                start = index
            } else {
                index = scalars.index(after: index)
            }
        }
        BodyDraft.appendEscaped(Substring(scalars[start...]), to: &result.html)
    }
}

private extension String {
    /// Without the ASCII whitespace HTML strips around attribute values.
    var trimmedAttributeValue: String {
        let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0C}"]
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, whitespace.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, whitespace.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
