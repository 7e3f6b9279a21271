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
                analysis.searchableText += node.literal.lowercased()
                return
            case .softBreak, .lineBreak:
                analysis.searchableText += " "
                return
            case .item:
                if let definition = definition(in: node) { analysis.definitions.append(definition) }
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

        /// `- **Term**: definition` or `- **Term** – definition` (also `**Term:** definition`).
        /// Only bold followed by a colon or a dash defines; `**Term** verifies…` does not.
        private func definition(in item: MarkdownNode) -> TermDefinition? {
            guard let paragraph = item.firstChild, paragraph.kind == .paragraph,
                let strong = paragraph.firstChild, strong.kind == .strong
            else { return nil }
            var term = strong.plainText.trimmingCharacters(in: .whitespaces)
            let rest = strong.next
            var restText = rest?.kind == .text ? rest!.literal : ""
            if term.hasSuffix(":") {
                term.removeLast()
                term = term.trimmingCharacters(in: .whitespaces)
            } else if let separator = Self.separator(at: restText) {
                restText.removeFirst(separator)
            } else {
                return nil
            }
            guard !term.isEmpty else { return nil }
            // The definition is the rest of the paragraph, kept as Markdown. This
            // pass's tree is thrown away, so it may be edited to render just that.
            if let node = rest, node.kind == .text {
                node.literal = String(restText.drop(while: { $0 == " " }))
            }
            document.remove(strong)
            let markdown = document.renderCommonMark(paragraph)
            let definition = markdown.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !definition.isEmpty else { return nil }
            return TermDefinition(
                term: term, definition: definition, headingID: currentHeadingID,
                location: page.location(line: item.line, column: item.startColumn))
        }

        /// Length of a leading `:` or spaced dash (`-`, `–`, `—`), with its spaces.
        private static func separator(at text: String) -> Int? {
            if text.hasPrefix(":") { return 1 }
            for dash in [" - ", " – ", " — "] where text.hasPrefix(dash) { return dash.count }
            return nil
        }
    }
}
