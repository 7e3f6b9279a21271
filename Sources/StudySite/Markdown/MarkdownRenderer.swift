/// The second Markdown pass: HTML for a note's body, with heading anchors,
/// rewritten links, glossary term links and generated blocks in place.
struct MarkdownRenderer {
    let options: CMark.Options

    struct Plan {
        /// Heading ids in document order, as the first pass made them.
        var headingIDs: [String]
        var links: LinkRewriter
        /// Generated HTML for generator blocks, by the block's line in the note.
        var blocks: [Int: String]
        /// Maps a body line to a file line, to look up `blocks`.
        var fileLine: (Int) -> Int
        var terms: TermLinker?
    }

    func render(_ markdown: String, plan: Plan) throws(BuildFailure) -> String {
        try CMark.withDocument(markdown, options: options) { document throws(BuildFailure) in
            if plan.terms != nil { document.consolidateText() }
            var walk = Walk(document: document, plan: plan)
            walk.visit(document.root)
            return document.renderHTML()
        }
    }

    private struct Walk {
        let document: MarkdownDocument
        let plan: Plan
        var headingIndex = 0
        /// The bold term of the definition item being visited, left unlinked.
        var definingTerm: OpaquePointer?

        init(document: MarkdownDocument, plan: Plan) {
            self.document = document
            self.plan = plan
        }

        mutating func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .heading:
                let id = headingIndex < plan.headingIDs.count ? plan.headingIDs[headingIndex] : Slugger.slugify(node.plainText)
                headingIndex += 1
                let level = node.headingLevel
                let label = HTMLEscape.attribute("Link to this section: " + node.plainText)
                document.replace(
                    node, withWrapperEnter: "<h\(level) id=\"\(id)\">",
                    exit: "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></h\(level)>")
                return
            case .codeBlock:
                if let html = plan.blocks[plan.fileLine(node.line)] {
                    document.replace(node, withHTMLBlock: html)
                }
                return
            case .table:
                visitChildren(of: node)
                // cmark-gfm gives header cells no `scope`; a GFM table's only `<th>` cells are its
                // header row, so each one heads a column. Wide tables scroll inside their own box.
                let table = document.renderHTML(node)
                    .replacingOccurrences(of: "<th style=", with: "<th scope=\"col\" style=")
                    .replacingOccurrences(of: "<th>", with: "<th scope=\"col\">")
                document.replace(node, withHTMLBlock: "<div class=\"table-scroll\" tabindex=\"0\">\n" + table + "</div>\n")
                return
            case .link, .image:
                node.url = plan.links.rewrite(node.url)
                return
            case .text:
                if let pieces = plan.terms?.link(node.literal) {
                    document.splitText(node, into: pieces)
                }
                return
            case .code, .htmlBlock, .htmlInline, .customBlock, .customInline:
                return
            case .item:
                if let terms = plan.terms, let definition = DefinitionItem(node) {
                    // A term is not linked inside its own definition (`- **Term**: … Term …`),
                    // and nothing is linked inside the bold term itself.
                    let outer = (terms.excluded, definingTerm)
                    terms.excluded = terms.terms(named: definition.term)
                    definingTerm = definition.strong.pointer
                    visitChildren(of: node)
                    (terms.excluded, definingTerm) = outer
                    return
                }
            case .strong where node.pointer == definingTerm:
                return
            default:
                break
            }
            visitChildren(of: node)
        }

        mutating func visitChildren(of node: MarkdownNode) {
            var child = node.firstChild
            while let current = child {
                // Read the next sibling first: visiting may replace the current node.
                let next = current.next
                visit(current)
                child = next
            }
        }
    }
}
