import CCmarkGFM

/// The tree edits `html: safe` makes (see `RawHTMLAssembly`), beside `CMark.swift` as the
/// other door to cmark-gfm.
extension MarkdownDocument {
    /// What a node added for raw HTML prints: HTML as is, or text (escaped by cmark) where
    /// the parent takes no custom node (a GFM table cell).
    enum Printed {
        case block(String)
        case inline(String)
        case text(String)
    }

    /// Replaces the raw-HTML node `old` by a node printing `printed`; returns the new node.
    @discardableResult
    func replace(_ old: MarkdownNode, with printed: Printed) -> MarkdownNode {
        let node = MarkdownNode(make(printed))
        cmark_node_replace(old.pointer, node.pointer)
        detached.append(old.pointer)
        return node
    }

    /// Adds a node printing `printed` after the last child of `parent`; returns it, or nil
    /// where `parent` takes no such node.
    func append(_ printed: Printed, to parent: MarkdownNode) -> MarkdownNode? {
        let node = make(printed)
        guard cmark_node_append_child(parent.pointer, node) != 0 else {
            cmark_node_free(node)
            return nil
        }
        return MarkdownNode(node)
    }

    private func make(_ printed: Printed) -> OpaquePointer {
        switch printed {
        case .block(let html), .inline(let html):
            let isBlock = if case .block = printed { true } else { false }
            let node = cmark_node_new(isBlock ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(node, html)
            cmark_node_set_on_exit(node, "")
            return node
        case .text(let text):
            let node = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(node, text)
            return node
        }
    }
}
