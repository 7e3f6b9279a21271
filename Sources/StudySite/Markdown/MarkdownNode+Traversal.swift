/// A walk over a tree without recursion: a note may nest quotes, lists or emphasis 100,000
/// deep, which cmark parses and renders without recursion too, and a recursive walk would
/// run the stack out on.
extension MarkdownNode {
    /// Calls `body` with this node and every node below it, in document order. `body` may
    /// edit a node's fields but not move nodes.
    func forEachDescendant(_ body: (MarkdownNode) -> Void) {
        var node = self
        while true {
            body(node)
            if let child = node.firstChild {
                node = child
                continue
            }
            // Up to the nearest node with a next sibling, stopping at this one.
            while node.pointer != pointer, node.next == nil, let parent = node.parent { node = parent }
            guard node.pointer != pointer, let next = node.next else { return }
            node = next
        }
    }
}
