import Foundation

/// The first Markdown pass: headings and their anchors, term definitions,
/// generator blocks and the prose that glossary "used in" lists search.
struct MarkdownAnalyzer {
    /// Info strings that name a generator (` ```cidr-table `).
    let generatorNames: Set<String>
    let options: CMark.Options

    /// Ids the page template uses itself; a heading with the same slug is numbered on.
    static let templateIDs = ["main-content"]

    func analyze(_ page: Page) throws(BuildFailure) -> DocumentAnalysis {
        try CMark.withDocument(page.markdown, options: options) { document throws(BuildFailure) in
            var walk = Walk(page: page, generatorNames: generatorNames, unsafeHTML: options.unsafeHTML, document: document)
            walk.visit(document.root)
            return walk.analysis
        }
    }

    private struct Walk {
        let page: Page
        let generatorNames: Set<String>
        let unsafeHTML: Bool
        let document: MarkdownDocument
        var analysis = DocumentAnalysis()
        var slugger = Slugger()
        var currentHeadingID: String?
        var reportedRawHTML = false

        init(page: Page, generatorNames: Set<String>, unsafeHTML: Bool, document: MarkdownDocument) {
            self.page = page
            self.generatorNames = generatorNames
            self.unsafeHTML = unsafeHTML
            self.document = document
            for id in MarkdownAnalyzer.templateIDs { slugger.reserve(id) }
        }

        mutating func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .heading:
                let text = node.plainText
                let id = slugger.slug(text)
                currentHeadingID = id
                analysis.headings.append(Heading(level: node.headingLevel, text: text, id: id, line: page.location(line: node.line).line))
                return
            case .codeBlock:
                let name = node.language
                if generatorNames.contains(name) {
                    analysis.blocks.append(GeneratorBlock(name: name, body: node.literal, location: page.location(line: node.line, column: node.startColumn)))
                }
                return
            case .htmlBlock, .htmlInline:
                if !unsafeHTML {
                    let snippet = node.literal.split(separator: "\n").first.map { String($0.prefix(40)) } ?? ""
                    analysis.diagnostics.append(.warning(
                        "raw HTML `\(snippet)` is left out of the page; set `unsafe_html: true` in site.yml to keep it",
                        at: page.location(line: node.line)))
                }
                return
            case .code:
                return
            case .text:
                analysis.searchableText += node.literal  // the matcher lower-cases words itself
                return
            case .softBreak, .lineBreak:
                analysis.searchableText += " "
                return
            case .item:
                if let item = DefinitionItem(node) {
                    visitDefinition(item, in: node)
                    return
                }
            case .paragraph, .tableCell:
                analysis.searchableText += "\n"
            default:
                break
            }
            var child = node.firstChild
            while let current = child {
                visit(current)
                child = current.next
            }
        }

        /// Visits a definition item's children (leaving its bold term out of the searchable
        /// text: the term's defining page is "Defined in", not "Used in"), then records the
        /// definition before any nested item's, so the first one in the note wins.
        private mutating func visitDefinition(_ item: DefinitionItem, in node: MarkdownNode) {
            let index = analysis.definitions.count
            let headingID = currentHeadingID
            var child = node.firstChild
            while let current = child {
                if current.pointer == item.strong.parent?.pointer {
                    analysis.searchableText += "\n"
                    var inline = item.strong.next
                    while let piece = inline {
                        visit(piece)
                        inline = piece.next
                    }
                } else {
                    visit(current)
                }
                child = current.next
            }
            if let definition = definition(of: item, headingID: headingID, location: page.location(line: node.line, column: node.startColumn)) {
                analysis.definitions.insert(definition, at: index)
            }
        }

        /// The definition is the rest of the item's first paragraph, kept as Markdown.
        /// This pass's tree is thrown away afterwards, so it may be edited to render just that.
        private func definition(of item: DefinitionItem, headingID: String?, location: SourceLocation) -> TermDefinition? {
            guard let paragraph = item.strong.parent else { return nil }
            if let rest = item.strong.next, rest.kind == .text {
                rest.literal = String(rest.literal.dropFirst(item.separatorLength).drop(while: { $0 == " " }))
            }
            document.remove(item.strong)
            rebaseLinks(in: paragraph)
            let definition = document.renderCommonMark(paragraph).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !definition.isEmpty else { return nil }
            return TermDefinition(term: item.term, definition: definition, headingID: headingID, location: location)
        }

        /// Makes relative links root-relative (`subnets.md` on `networking/vpc` → `/networking/subnets.md`,
        /// `#rules` → `/networking/vpc.md#rules`), so they still lead to the right page from the glossary.
        private func rebaseLinks(in node: MarkdownNode) {
            if node.kind == .link || node.kind == .image {
                let url = node.url
                if url.hasPrefix("#") {
                    node.url = "/" + page.slug + ".md" + url
                } else if !url.isEmpty, !url.hasPrefix("/"), !LinkRewriter.hasScheme(url) {
                    node.url = "/" + (page.section.isEmpty ? "" : page.section + "/") + url
                }
            }
            var child = node.firstChild
            while let current = child {
                rebaseLinks(in: current)
                child = current.next
            }
        }
    }
}
