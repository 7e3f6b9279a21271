import Foundation

/// Small Markdown snippets (glossary definitions) turned into HTML or plain text.
enum MarkdownText {
    public static func html(_ markdown: String, pageSlug: String = "index") -> String {
        let links = LinkRewriter(pageSlug: pageSlug)
        return (try? CMark.withDocument(markdown) { document in
            rewriteLinks(document.root, links)
            return document.renderHTML()
        }) ?? HTMLEscape.text(markdown)
    }

    public static func plain(_ markdown: String) -> String {
        let text = (try? CMark.withDocument(markdown) { document in document.renderPlainText(document.root) }) ?? markdown
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func rewriteLinks(_ node: MarkdownNode, _ links: LinkRewriter) {
        node.forEachDescendant { node in
            if node.kind == .link || node.kind == .image { node.url = links.rewrite(node.url) }
        }
    }
}
