import CLibXML2

/// Makes dot's SVG fit to inline in a page, with libxml2's XML parser (not patterns on text):
/// - no XML declaration, DOCTYPE, comments or processing instructions;
/// - only the elements Graphviz draws with (so no `<script>`, `<foreignObject>`, animation),
///   no `on…` attributes, no `javascript:`/`vbscript:`/`data:` links — whatever `html:` in site.yml says;
/// - every `id` prefixed (dot names them `graph0`, `node1`, … in every SVG, and a page may
///   inline several), with `#id` and `url(#id)` references rewritten to match;
/// - one `<title>` naming the picture, `role="img"` and `aria-labelledby` pointing at it;
///   dot's per-shape titles (the node names, shown as tooltips) go;
/// - default black and white follow the page's colours (see `SVGCleaner+Colors`).
enum SVGCleaner {
    struct Options {
        /// Put before every id; must make them unique in the page (`D12-`).
        var idPrefix: String
        /// The accessible name, also the SVG's `<title>`.
        var title: String
        /// Applied to the remaining `href`s that are not `#…` (notes' `.md` links → `.html`).
        var rewriteLink: (String) -> String = { $0 }
    }

    /// What Graphviz's SVG renderer writes; anything else is dropped with its children.
    static let allowedElements: Set<String> = [
        "svg", "g", "title", "a", "polygon", "polyline", "ellipse", "path", "text", "tspan",
        "image", "defs", "linearGradient", "radialGradient", "stop",
    ]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The cleaned `<svg>` element as UTF-8 text, or nil when `svg` is not well-formed SVG.
    static func clean(_ svg: [UInt8], options: Options) -> String? {
        _ = initialized
        let flags = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed: xmlDocPtr? = svg.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in xmlReadMemory(chars.baseAddress, Int32(chars.count), "diagram.svg", "UTF-8", flags) }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "svg" else { return nil }

        let ids = Set(elements(under: root).compactMap { attribute("id", of: $0) })
        sanitize(root, ids: ids, options: options)
        SVGColors.followPage(root)

        xmlSetProp(root, "role", "img")
        xmlSetProp(root, "aria-labelledby", options.idPrefix + "title")
        let title = xmlNewDocNode(document, root.pointee.ns, "title", nil)!
        xmlSetProp(title, "id", options.idPrefix + "title")
        xmlNodeAddContent(title, options.title)
        if let first = root.pointee.children { xmlAddPrevSibling(first, title) } else { xmlAddChild(root, title) }

        guard let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document, root, 0, 0)
        return String(cString: xmlBufferContent(buffer))
    }

    /// Removes what is not allowed and prefixes ids, depth first with an explicit stack.
    private static func sanitize(_ root: xmlNodePtr, ids: Set<String>, options: Options) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            var child = node.pointee.children
            while let current = child {
                child = current.pointee.next
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    let name = name(of: current)
                    if !allowedElements.contains(name) || name == "title" {
                        child = remove(current)
                    } else {
                        stack.append(current)
                    }
                case XML_TEXT_NODE:
                    break
                default:  // comments, processing instructions, entity references
                    child = remove(current)
                }
            }
            cleanAttributes(of: node, ids: ids, options: options)
        }
    }

    /// Unlinks and frees `node` with the line break after it; returns the next sibling.
    private static func remove(_ node: xmlNodePtr) -> xmlNodePtr? {
        var next = node.pointee.next
        if let text = next, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content,
            String(cString: content).allSatisfy({ $0 == "\n" || $0 == " " }) {
            next = text.pointee.next
            xmlUnlinkNode(text)
            xmlFreeNode(text)
        }
        xmlUnlinkNode(node)
        xmlFreeNode(node)
        return next
    }

    private static func cleanAttributes(of node: xmlNodePtr, ids: Set<String>, options: Options) {
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            let name = String(cString: current.pointee.name)
            let value = LibXMLAttributes.value(of: current)
            if name.lowercased().hasPrefix("on") {
                xmlRemoveProp(current)
            } else if name == "id" {
                xmlSetNsProp(node, current.pointee.ns, "id", options.idPrefix + value)
            } else if name == "href" || name == "src" {
                if let target = value.trimmingASCIIWhitespace.dropFirstIfHash, ids.contains(String(target)) {
                    xmlSetNsProp(node, current.pointee.ns, name, "#" + options.idPrefix + target)
                } else if isScriptLike(value) {
                    xmlRemoveProp(current)
                } else {
                    xmlSetNsProp(node, current.pointee.ns, name, options.rewriteLink(value))
                }
            } else if value.contains("url(") {
                if value.lowercased().contains("javascript:") {
                    xmlRemoveProp(current)
                } else {
                    xmlSetNsProp(node, current.pointee.ns, name, prefixingURLReferences(in: value, ids: ids, prefix: options.idPrefix))
                }
            }
        }
    }

    /// `url(#l_1)` → `url(#D12-l_1)` for ids of this SVG.
    static func prefixingURLReferences(in value: String, ids: Set<String>, prefix: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let open = rest.range(of: "url(#") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            let id = rest.prefix(while: { $0 != ")" })
            if ids.contains(String(id)) { result += prefix }
        }
        return result + rest
    }

    /// `javascript:`, `vbscript:` and `data:` links, however spaced or cased.
    static func isScriptLike(_ url: String) -> Bool {
        let compact = String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased()
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:")
    }

    static func name(of node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let property = xmlHasProp(node, name) else { return nil }
        return LibXMLAttributes.value(of: property)
    }

    /// Every element under `root`, `root` included, in document order.
    static func elements(under root: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            result.append(node)
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            stack += children.reversed()
        }
        return result
    }
}

private extension String {
    var trimmingASCIIWhitespace: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" || first == "\n" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text = text.dropLast() }
        return text
    }
}

private extension Substring {
    var dropFirstIfHash: Substring? { first == "#" ? dropFirst() : nil }
}
