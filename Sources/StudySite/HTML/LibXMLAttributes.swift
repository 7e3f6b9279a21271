import CLibXML2

/// The attributes of an element of a libxml2 tree, in document order: names lowercased,
/// values as the parser decoded them (entities resolved). The raw-HTML sanitizer and the
/// link checker read elements through it, the diagram cleaner single values.
enum LibXMLAttributes {
    static func list(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var list: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            list.append((String(cString: current.pointee.name).lowercased(), value(of: current)))
            attribute = current.pointee.next
        }
        return list
    }

    /// One attribute's value: the text of its children.
    static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let text = child {
            if let content = text.pointee.content { value += String(cString: content) }
            child = text.pointee.next
        }
        return value
    }
}
