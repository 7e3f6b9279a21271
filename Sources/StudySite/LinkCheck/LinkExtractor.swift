import CLibXML2

/// Reads links and anchors out of one HTML file with libxml2's HTML parser,
/// the link checker's only door to libxml2 (Diagrams/SVGCleaner uses its XML parser). Attributes only: text, including text inside
/// `<pre>` and `<code>`, is never taken for a link.
enum LinkExtractor {
    /// Elements and the attributes of theirs that hold URLs; `srcset` holds a list. The
    /// links, the resources a page loads (as lychee reads them) and quotation sources;
    /// form actions are left out: they name endpoints, not pages. Inline SVG (diagrams) links
    /// with `xlink:href` too, which browsers follow.
    static let urlAttributes: [String: [String]] = [
        "a": ["href", "xlink:href"],
        "image": ["href", "xlink:href"],
        "area": ["href"],
        "link": ["href"],
        "img": ["src", "srcset"],
        "source": ["src", "srcset"],
        "script": ["src"],
        "iframe": ["src"],
        "embed": ["src"],
        "video": ["src", "poster"],
        "audio": ["src"],
        "track": ["src"],
        "input": ["src"],
        "object": ["data"],
        "blockquote": ["cite"],
        "q": ["cite"],
        "del": ["cite"],
        "ins": ["cite"],
    ]

    /// `<link rel=…>` kinds that name an origin to warm up, not a resource.
    static let hintRelations: Set<String> = ["preconnect", "dns-prefetch"]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// - Parameters:
    ///   - html: the file's bytes (UTF-8).
    ///   - page: the file's path relative to the site directory.
    ///   - displayPath: the file's path as the user would type it, for locations.
    public static func extract(html: [UInt8], page: String, displayPath: String) -> ExtractedPage {
        _ = initialized
        var result = ExtractedPage(path: page, links: [], anchors: [])
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let parsed: htmlDocPtr? = html.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), page, "UTF-8", options)
            }
        }
        guard let document = parsed else { return result }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return result }

        // Depth-first with an explicit stack: deeply nested pages must not overflow the call stack.
        var stack: [(node: xmlNodePtr, ignored: Bool)] = [(root, false)]
        while let (node, inheritedIgnore) = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = String(cString: node.pointee.name)
            let attributes = attributes(of: node)
            let ignored = inheritedIgnore || attributes["data-linkcheck-ignore"] != nil
            if let id = attributes["id"], !id.isEmpty { result.anchors.insert(AnchorName(id)) }
            if name == "a", let anchorName = attributes["name"], !anchorName.isEmpty { result.anchors.insert(AnchorName(anchorName)) }
            // The first `<base>` with an `href` is the document's base URL.
            if name == "base", result.base == nil, let href = attributes["href"] { result.base = trimmed(href) }
            if !ignored, let names = urlAttributes[name], !isHint(name, attributes), !isNonImageInput(name, attributes) {
                let location = SourceLocation(path: displayPath, line: xmlGetLineNo(node))
                for attribute in names {
                    guard let value = attributes[attribute] else { continue }
                    let urls = attribute == "srcset" ? Srcset.urls(in: value) : [value]
                    for url in urls.map(trimmed) {
                        result.links.append(Link(url: url, page: page, location: location, source: "\(name)[\(attribute)]"))
                    }
                }
            }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for child in children.reversed() { stack.append((child, ignored)) }
        }
        return result
    }

    /// Only `<input type=image>` loads its `src`.
    private static func isNonImageInput(_ element: String, _ attributes: [String: String]) -> Bool {
        element == "input" && attributes["type"]?.lowercased() != "image"
    }

    private static func isHint(_ element: String, _ attributes: [String: String]) -> Bool {
        guard element == "link", let rel = attributes["rel"] else { return false }
        let relations = rel.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        return !relations.isEmpty && relations.allSatisfy(hintRelations.contains)
    }

    /// Attribute values decoded by the parser, by lowercased name (the last of a repeated one).
    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        Dictionary(LibXMLAttributes.list(of: node), uniquingKeysWith: { _, last in last })
    }

    /// HTML strips ASCII whitespace around URLs.
    static func trimmed(_ url: String) -> String {
        let whitespace: Set<Character> = [" ", "\t", "\n", "\r", "\u{0C}"]
        var text = Substring(url)
        while let first = text.first, whitespace.contains(first) { text = text.dropFirst() }
        while let last = text.last, whitespace.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
