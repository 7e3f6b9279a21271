extension MarkdownNode {
    /// The first node, in document order, with more than `limit` ancestors below this one;
    /// nil when the tree is no deeper. Found with cmark's iterator, without recursion, so a
    /// note of 100,000 nested quotes is reported rather than running the stack out.
    func firstNode(deeperThan limit: Int) -> MarkdownNode? {
        var open: [OpaquePointer] = []  // the path from here down to the node entered last
        var found: MarkdownNode?
        forEachDescendant { node in
            guard found == nil else { return }
            let parent = node.parent?.pointer
            while let last = open.last, last != parent { open.removeLast() }
            if open.count > limit {
                found = node
            } else {
                open.append(node.pointer)
            }
        }
        return found
    }
}
