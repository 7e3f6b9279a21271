extension MarkdownDocument {
    /// Turns every quote that starts with a callout marker (`> [!tip] Title`) into the callout's
    /// wrapper (see `Callout`), before the walk: the title and body stay Markdown nodes, so
    /// their text is linked and searched like any other. Call after `consolidateText`.
    func rewriteCallouts() {
        var quotes: [MarkdownNode] = []
        root.forEachDescendant { node in
            if node.kind == .blockQuote { quotes.append(node) }
        }
        // Outer quotes first; an inner one moves with its parent's children and is still valid.
        for quote in quotes { rewriteCallout(quote) }
    }

    private func rewriteCallout(_ quote: MarkdownNode) {
        guard let paragraph = quote.firstChild, paragraph.kind == .paragraph,
            let first = paragraph.firstChild, first.kind == .text, let callout = Callout(startOf: first.literal)
        else { return }
        let tags = callout.tags
        let wrapper = makeWrapper(enter: tags.open, exit: tags.close)
        let title = makeWrapper(enter: tags.titleOpen, exit: tags.titleClose)
        append(title, to: wrapper)
        // The title is the rest of the first line: the marker's text after the marker, and
        // the inlines up to the first line break.
        let rest = String(decoding: Array(first.literal.utf8).dropFirst(callout.markerLength), as: UTF8.self)
        if rest.isEmpty { remove(first) } else { first.literal = rest }
        while let node = paragraph.firstChild, node.kind != .softBreak, node.kind != .lineBreak {
            append(node, to: title)
        }
        if let lineBreak = paragraph.firstChild { remove(lineBreak) }
        if title.children.allSatisfy({ $0.kind == .text && $0.literal.allSatisfy(\.isWhitespace) }) {
            for node in title.children { remove(node) }
            append(makeText(callout.defaultTitle), to: title)
        }
        for child in quote.children where !(child.pointer == paragraph.pointer && paragraph.firstChild == nil) {
            append(child, to: wrapper)
        }
        replace(quote, with: wrapper)
    }
}
