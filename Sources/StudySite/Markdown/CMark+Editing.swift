import CCmarkGFM

/// Tree edits for the Obsidian syntax (wikilinks, embeds, callouts), which turns text and
/// quotes into links, images and wrappers before the walk. Part of the one door to
/// cmark-gfm (see `CMark`): nothing else touches its nodes.
extension MarkdownDocument {
    /// A new text node, not yet in the tree.
    func makeText(_ literal: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_TEXT)!)
        node.literal = literal
        return node
    }

    /// A new link to `url` holding `text`, not yet in the tree.
    func makeLink(url: String, text: String) -> MarkdownNode {
        let link = MarkdownNode(cmark_node_new(CMARK_NODE_LINK)!)
        link.url = url
        cmark_node_append_child(link.pointer, makeText(text).pointer)
        return link
    }

    /// A new inline printed as `html`, whatever the safe mode (StudySite's own markup).
    func makeInlineHTML(_ html: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!)
        cmark_node_set_on_enter(node.pointer, html)
        cmark_node_set_on_exit(node.pointer, "")
        return node
    }

    /// A new block printed as `enter`, its children, then `exit`.
    func makeWrapper(enter: String, exit: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    /// A new image of `url` described by `alt`, not yet in the tree.
    func makeImage(url: String, alt: String) -> MarkdownNode {
        let image = MarkdownNode(cmark_node_new(CMARK_NODE_IMAGE)!)
        image.url = url
        cmark_node_append_child(image.pointer, makeText(alt).pointer)
        return image
    }

    /// Puts `node` right before `sibling`; false, and `node` freed, where the parent takes no
    /// such node (a table cell takes no custom inline).
    @discardableResult
    func insert(_ node: MarkdownNode, before sibling: MarkdownNode) -> Bool {
        guard cmark_node_insert_before(sibling.pointer, node.pointer) != 0 else {
            cmark_node_free(node.pointer)
            return false
        }
        return true
    }

    /// Makes `child` the last child of `parent` (moving it from where it was).
    func append(_ child: MarkdownNode, to parent: MarkdownNode) {
        cmark_node_append_child(parent.pointer, child.pointer)
    }

    /// Takes `node` out of the tree; it is freed with the document (see `detached`).
    func remove(_ node: MarkdownNode) {
        cmark_node_unlink(node.pointer)
        detached.append(node.pointer)
    }

    /// Puts `new` where `old` was; `old` is freed with the document.
    func replace(_ old: MarkdownNode, with new: MarkdownNode) {
        cmark_node_replace(old.pointer, new.pointer)
        detached.append(old.pointer)
    }
}

extension MarkdownNode {
    var previous: MarkdownNode? { cmark_node_previous(pointer).map(MarkdownNode.init) }
    var lastChild: MarkdownNode? { cmark_node_last_child(pointer).map(MarkdownNode.init) }

    /// The children, read before any of them moves.
    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }
}
