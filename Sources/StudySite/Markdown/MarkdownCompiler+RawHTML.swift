/// `html: safe` in the Markdown pass: each piece of raw HTML becomes a sentinel while the
/// tree is walked, and the rendered note is sanitized scope by scope at the end (see
/// `RawHTMLAssembly`, `RawHTMLSanitizer`).
extension MarkdownCompiler.Walk {
    /// Swaps the raw-HTML node `node` for a sentinel, and puts its scope's end sentinel after
    /// the parent's last child the first time the parent is seen.
    mutating func sanitize(_ node: MarkdownNode) {
        guard rawHTML != nil, let parent = node.parent else { return }
        let inCell = parent.kind == .tableCell
        if inCell, rawHTML!.tableHoldsSentinelByte {
            // A table whose text holds U+0002 could forge a cell sentinel: its raw HTML goes.
            addedForRawHTML.insert(document.replace(node, with: .text("")).pointer)
            analysis.diagnostics.append(.warning(
                "raw HTML in a table holding the control character U+0002 is left out", at: location(of: node), kind: "raw-html:u+0002"))
            return
        }
        let (piece, end) = rawHTML!.add(node.literal, parent: parent.pointer, location: location(of: node))
        addedForRawHTML.insert(document.replace(node, with: printed(piece, block: node.kind == .htmlBlock, inCell: inCell)).pointer)
        if let end, let added = document.append(printed(end, block: node.kind == .htmlBlock, inCell: inCell), to: parent) {
            addedForRawHTML.insert(added.pointer)
        }
    }

    /// Raw HTML in a heading, whose inlines the walk does not visit.
    mutating func sanitizeRawHTML(in heading: MarkdownNode) {
        guard rawHTML != nil else { return }
        var found: [MarkdownNode] = []
        heading.forEachDescendant { node in
            if node.kind == .htmlInline { found.append(node) }
        }
        for node in found { sanitize(node) }
    }

    /// Sanitizes the rendered note's raw HTML; its ids count as anchors, its links are
    /// checked like the note's own, and what was removed is reported.
    mutating func finishRawHTML() {
        guard let assembly = rawHTML, !assembly.pieces.isEmpty else { return }
        let links = self.links
        let (html, result) = assembly.resolve(analysis.draft.html, sanitizer: RawHTMLSanitizer(rewriteURL: { links.rewrite($0) }))
        analysis.draft.html = html
        analysis.rawHTMLIDs.formUnion(result.ids)
        for link in result.links {
            analysis.links.append(SourceLink(written: link.written, url: link.url, location: assembly.pieces[link.piece].location))
        }
        for removal in result.removals {
            analysis.diagnostics.append(RawHTMLWarning.diagnostic(for: removal.what, at: assembly.pieces[removal.piece].location))
        }
    }

    private func printed(_ sentinel: String, block: Bool, inCell: Bool) -> MarkdownDocument.Printed {
        block ? .block(sentinel) : inCell ? .text(RawHTMLAssembly.cellSentinel(sentinel)) : .inline(sentinel)
    }

    private func location(of node: MarkdownNode) -> SourceLocation {
        node.startLine > 0 ? page.location(line: node.startLine, column: node.startColumn) : page.location(line: node.line)
    }
}

/// The warnings for what `html: safe` removed, each with a stable kind for grouping.
enum RawHTMLWarning {
    static func diagnostic(for removal: RawHTMLSanitizer.Removal.Kind, at location: SourceLocation) -> Diagnostic {
        switch removal {
        case .element(let name) where HTMLAllowlist.removedWithContent.contains(name):
            return .warning("raw HTML <\(name)> removed with its content", at: location, kind: "raw-html:<\(name)>")
        case .element(let name):
            return .warning("raw HTML <\(name)> removed (its content is kept)", at: location, kind: "raw-html:<\(name)>")
        case .attribute(let name, let element):
            return .warning("raw HTML attribute \(name) removed from <\(element)>", at: location, kind: "raw-html:<\(element) \(name)>")
        case .url(let scheme, let element, let attribute):
            return .warning("raw HTML \(scheme): URL removed from <\(element) \(attribute)>", at: location, kind: "raw-html:\(scheme):")
        }
    }
}
