import CLibXML2

/// Dark mode for dot's SVG: Graphviz draws black on a white sheet unless told otherwise.
/// Black strokes and fills become `currentColor` (the page's text colour), the white sheet
/// becomes transparent, and text with no colour of its own takes the page's colour — except
/// inside a shape the author filled, where it stays black on the author's fill, as drawn.
/// Colours the author set (anything but default black and the white sheet) stay.
enum SVGColors {
    static func followPage(_ root: xmlNodePtr) {
        clearSheet(root)
        var stack: [(node: xmlNodePtr, onFill: Bool)] = [(root, false)]
        while let (node, inherited) = stack.popLast() {
            let onFill = inherited || isFilledShapeGroup(node)
            for attribute in ["stroke", "fill"] {
                guard let value = SVGCleaner.attribute(attribute, of: node), isBlack(value) else { continue }
                // On an author's fill, black text stays black; strokes follow the page everywhere.
                if attribute == "fill", onFill, SVGCleaner.name(of: node) == "text" { continue }
                xmlSetProp(node, attribute, "currentColor")
            }
            if SVGCleaner.name(of: node) == "text", !onFill, SVGCleaner.attribute("fill", of: node) == nil {
                xmlSetProp(node, "fill", "currentColor")
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, onFill)) }
                child = current.pointee.next
            }
        }
    }

    /// The graph's background: the first polygon of the `graph` group, white unless the
    /// author set `bgcolor`.
    private static func clearSheet(_ root: xmlNodePtr) {
        for node in SVGCleaner.elements(under: root) where SVGCleaner.name(of: node) == "g" && SVGCleaner.attribute("class", of: node) == "graph" {
            var child = node.pointee.children
            while let current = child, current.pointee.type != XML_ELEMENT_NODE || SVGCleaner.name(of: current) == "title" {
                child = current.pointee.next
            }
            if let sheet = child, SVGCleaner.name(of: sheet) == "polygon", let fill = SVGCleaner.attribute("fill", of: sheet), isWhite(fill) {
                xmlSetProp(sheet, "fill", "none")
            }
            return
        }
    }

    /// A node or cluster group whose outline shape has a fill.
    private static func isFilledShapeGroup(_ node: xmlNodePtr) -> Bool {
        guard SVGCleaner.name(of: node) == "g", let kind = SVGCleaner.attribute("class", of: node), kind == "node" || kind == "cluster" else { return false }
        for shape in SVGCleaner.elements(under: node).dropFirst() where ["polygon", "ellipse", "path"].contains(SVGCleaner.name(of: shape)) {
            guard let fill = SVGCleaner.attribute("fill", of: shape) else { return false }
            return !["none", "transparent"].contains(fill.lowercased())
        }
        return false
    }

    static func isBlack(_ value: String) -> Bool {
        ["black", "#000000", "#000"].contains(value.lowercased())
    }

    static func isWhite(_ value: String) -> Bool {
        ["white", "#ffffff", "#fff"].contains(value.lowercased())
    }
}
