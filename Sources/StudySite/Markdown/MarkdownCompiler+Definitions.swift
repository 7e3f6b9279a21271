import Foundation

extension MarkdownCompiler.Walk {
    /// Records the definition, then visits the item's children, leaving its bold term out:
    /// out of the searchable text (the term's page is "Defined in", not "Used in") and out
    /// of the links, and the term itself is not linked anywhere inside its own definition.
    mutating func visitDefinition(_ item: DefinitionItem, in node: MarkdownNode) {
        // Before the children are visited, while the paragraph is still as written.
        if let definition = definition(of: item, headingID: currentHeadingID, location: page.location(line: node.line, column: node.startColumn)) {
            analysis.definitions.append(definition)
        }
        let outer = definition
        analysis.draft.definedTerms.append(item.term)
        definition = analysis.draft.definedTerms.count - 1
        var child = node.firstChild
        while let current = child {
            if current.pointer == item.strong.parent?.pointer {
                analysis.searchableText += MarkdownCompiler.phraseBreak
                analysis.addSectionText(item.term, separated: true)
                visitSiblings(from: item.strong.next)
                child = current.next
            } else {
                child = visitReturningNext(current)
            }
        }
        definition = outer
    }

    /// The definition is the rest of the item's first paragraph, kept as Markdown, with
    /// relative links made root-relative so they still lead to the right page from the
    /// glossary. The paragraph is edited to render just that, then put back as it was.
    func definition(of item: DefinitionItem, headingID: String?, location: SourceLocation) -> TermDefinition? {
        guard let paragraph = item.strong.parent else { return nil }
        var restored: [(node: MarkdownNode, url: String)] = []
        rebaseLinks(in: paragraph, saving: &restored)
        let rest = item.strong.next.flatMap { $0.kind == .text ? $0 : nil }
        let restText = rest?.literal
        if let rest, let restText {
            rest.literal = String(restText.dropFirst(item.separatorLength).drop(while: { $0 == " " }))
        }
        let markdown = document.withFirstChildDetached(item.strong) { document.renderCommonMark(paragraph) }
        if let rest, let restText { rest.literal = restText }
        for (node, url) in restored { node.url = url }
        let definition = markdown.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !definition.isEmpty else { return nil }
        return TermDefinition(term: item.term, definition: definition, headingID: headingID, location: location)
    }

    /// `subnets.md` on `networking/vpc` → `/networking/subnets.md`, `#rules` → `/networking/vpc.md#rules`.
    func rebaseLinks(in node: MarkdownNode, saving restored: inout [(node: MarkdownNode, url: String)]) {
        node.forEachDescendant { node in
            guard node.kind == .link || node.kind == .image else { return }
            let url = node.url
            if url.hasPrefix("#") {
                restored.append((node, url))
                node.url = "/" + page.slug + ".md" + url
            } else if !url.isEmpty, !url.hasPrefix("/"), !LinkRewriter.hasScheme(url) {
                restored.append((node, url))
                node.url = "/" + (page.section.isEmpty ? "" : page.section + "/") + url
            }
        }
    }
}
