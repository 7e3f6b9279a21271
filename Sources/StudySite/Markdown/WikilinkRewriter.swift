import Foundation

/// Turns a note's wikilinks into links, images and embed holes before the walk, so the walk
/// sees ordinary Markdown nodes. Runs on text nodes only, so nothing inside code is touched;
/// call after `consolidateText` (cmark starts a new text node at every `[` and `!`).
struct WikilinkRewriter {
    let document: MarkdownDocument
    let page: Page
    let vault: VaultIndex
    private var locator: WikilinkLocator
    private(set) var links = VaultLinks()
    private(set) var diagnostics: [Diagnostic] = []
    /// The blocks standing for embeds (see `MarkdownCompiler.Walk.visitEmbeds`) → their embeds' locations.
    private(set) var embedBlocks: [OpaquePointer: [SourceLocation]] = [:]
    /// `![[Note]]` links that become embeds when their paragraph holds nothing else.
    private var embedCandidates: [(link: MarkdownNode, embed: VaultLinks.Embed)] = []
    /// The links made, in document order, with where their `[[` was written: cmark gives the
    /// nodes no position, so the walk's `LinkRecorder` can only guess.
    private(set) var madeLinks: [(url: String, location: SourceLocation)] = []

    init(document: MarkdownDocument, page: Page, markdown: String, vault: VaultIndex) {
        self.document = document
        self.page = page
        self.vault = vault
        locator = WikilinkLocator(markdown: markdown)
    }

    mutating func run() {
        var texts: [MarkdownNode] = []
        document.root.forEachDescendant { node in
            if node.kind == .text, node.literal.utf8.contains(UInt8(ascii: "[")), !node.isInsideLink { texts.append(node) }
        }
        for text in texts { rewrite(text) }
        makeEmbedBlocks()
    }

    private mutating func rewrite(_ node: MarkdownNode) {
        let literal = Array(node.literal.utf8)
        let found = Wikilink.scan(node.literal)
        guard !found.isEmpty else { return }
        let blockLine = node.line
        var cursor = 0
        for link in found {
            if link.range.lowerBound > cursor {
                document.insert(document.makeText(String(decoding: literal[cursor..<link.range.lowerBound], as: UTF8.self)), before: node)
            }
            let (line, column) = locator.locate(link.written, blockLine: blockLine)
            let location = page.location(line: line, column: column)
            if !document.insert(replacement(for: link, at: location), before: node) {
                // A table cell: an image without its size, as a Markdown image; a recording as a link.
                document.insert(plainImage(link) ?? mediaLink(link) ?? document.makeText(link.written), before: node)
            }
            cursor = link.range.upperBound
        }
        if cursor < literal.count {
            node.literal = String(decoding: literal[cursor...], as: UTF8.self)
        } else {
            document.remove(node)
        }
    }

    /// The node standing for `link`; its text as written when it names nothing (an error).
    private mutating func replacement(for link: Wikilink, at location: SourceLocation) -> MarkdownNode {
        if link.isEmbed, link.isImage { return image(link, at: location) }
        if link.isEmbed, let media = link.media, let path = vault.file(named: link.target, from: page) { return player(media, link, path: path) }
        // Another file Content copies (a PDF): linked, as a page cannot show it in place.
        if link.isEmbed, link.heading == nil, let path = vault.file(named: link.target, from: page) {
            return document.makeLink(url: fileURL(path), text: link.alias.flatMap { $0.isEmpty ? nil : $0 } ?? link.target)
        }
        let target: Int
        if link.target.isEmpty {
            guard let own = vault.note(of: page) else { return document.makeText(link.written) }
            target = own
        } else if let found = vault.note(named: link.target, from: page) {
            target = found
        } else {
            let suggestions = vault.noteSuggestions(for: link.target)
            let hint = suggestions.isEmpty ? "no note has a title or file name like it" : "did you mean " + suggestions.map { "[[\($0)]]" }.joined(separator: ", ") + "?"
            diagnostics.append(.error("\(link.written): no note named \"\(link.target)\"; \(hint)", at: location))
            return document.makeText(link.written)
        }
        let heading = link.heading.flatMap { $0.isEmpty ? nil : $0 }
        var url = target == vault.note(of: page) ? String(page.slug.split(separator: "/").last ?? "") + ".html"
            : LinkRewriter(pageSlug: page.slug).rootPrefix + vault.notes[target].slug + ".html"
        if let heading {
            url += "#" + Slugger.slugify(heading)
            links.headingLinks.append(.init(written: link.written, location: location, page: target, heading: heading))
        }
        madeLinks.append((url, location))
        let node = document.makeLink(url: url, text: link.isEmbed && link.alias == nil ? (heading ?? vault.notes[target].title) : link.shownText)
        if link.isEmbed {
            embedCandidates.append((node, .init(written: link.written, location: location, page: target, heading: heading)))
        }
        return node
    }

    private mutating func image(_ link: Wikilink, at location: SourceLocation) -> MarkdownNode {
        guard let path = vault.file(named: link.target, from: page) else {
            let suggestions = vault.fileSuggestions(for: link.target)
            let hint = suggestions.isEmpty ? "put the file in the content folder (an attachments folder, say)" : "did you mean " + suggestions.joined(separator: ", ") + "?"
            diagnostics.append(.error("\(link.written): no image named \"\(link.target)\" in the content folder; \(hint)", at: location))
            return document.makeText(link.written)
        }
        var html = "<img src=\"\(HTMLEscape.attribute(fileURL(path)))\" alt=\"\(HTMLEscape.attribute(WikilinkRewriter.alt(link, path: path)))\""
        if let alias = link.alias, WikilinkRewriter.isSize(alias) {
            let size = alias.split(separator: "x")
            html += " width=\"\(size[0])\"" + (size.count == 2 ? " height=\"\(size[1])\"" : "")
        }
        return document.makeInlineHTML(html + " loading=\"lazy\">")
    }

    /// The browser's own player, with a link to the file inside it for a browser that has none.
    /// Nothing loads until the reader presses play (`preload="none"`): a page of recordings stays
    /// light. A video's captions are the WebVTT file of the same name beside it, when there is one.
    private func player(_ kind: Wikilink.MediaKind, _ link: Wikilink, path: String) -> MarkdownNode {
        func url(_ path: String) -> String { HTMLEscape.attribute(fileURL(path)) }
        let name = HTMLEscape.text(link.alias.flatMap { $0.isEmpty ? nil : $0 } ?? WikilinkRewriter.alt(link, path: path))
        var html = "<\(kind.rawValue) controls preload=\"none\" src=\"\(url(path))\" title=\"\(name)\">"
        if kind == .video, let dot = path.lastIndex(of: "."), let captions = vault.file(named: path[..<dot] + ".vtt", from: page) {
            html += "<track kind=\"captions\" src=\"\(url(captions))\" default>"
        }
        return document.makeInlineHTML(html + "<a href=\"\(url(path))\">\(name)</a></\(kind.rawValue)>")
    }

    /// A recording as a link to its file, where no player can go.
    private func mediaLink(_ link: Wikilink) -> MarkdownNode? {
        guard link.isEmbed, link.media != nil, let path = vault.file(named: link.target, from: page) else { return nil }
        return document.makeLink(url: fileURL(path), text: link.alias.flatMap { $0.isEmpty ? nil : $0 } ?? WikilinkRewriter.alt(link, path: path))
    }

    /// `link` as a Markdown image, where StudySite's own `<img>` cannot go.
    private func plainImage(_ link: Wikilink) -> MarkdownNode? {
        guard link.isEmbed, link.isImage, let path = vault.file(named: link.target, from: page) else { return nil }
        return document.makeImage(url: fileURL(path), alt: WikilinkRewriter.alt(link, path: path))
    }

    /// A copied file's URL from this note: `attachments/My Pic.png` → `../attachments/My%20Pic.png`.
    private func fileURL(_ path: String) -> String {
        LinkRewriter(pageSlug: page.slug).rootPrefix + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }

    /// The alt text `![[path|text]]` gives, or the file name without its extension.
    static func alt(_ link: Wikilink, path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        guard let alias = link.alias, !alias.isEmpty, !isSize(alias) else { return stem }
        return alias
    }

    /// `300` or `300x200`.
    static func isSize(_ text: String) -> Bool {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A paragraph holding only note embeds (one a line) becomes a block the walk fills with
    /// holes; an embed sharing its line with other text stays a link, with a warning.
    private mutating func makeEmbedBlocks() {
        var done: Set<OpaquePointer> = []
        for candidate in embedCandidates {
            guard let paragraph = candidate.link.parent, !done.contains(paragraph.pointer) else { continue }
            let inParagraph = embedCandidates.filter { $0.link.parent?.pointer == paragraph.pointer }
            let linkPointers = Set(inParagraph.map(\.link.pointer))
            let alone = paragraph.kind == .paragraph && paragraph.children.allSatisfy { child in
                linkPointers.contains(child.pointer) || child.kind == .softBreak || child.kind == .lineBreak
                    || (child.kind == .text && child.literal.allSatisfy(\.isWhitespace))
            }
            done.insert(paragraph.pointer)
            guard alone else {
                for item in inParagraph {
                    diagnostics.append(.warning("\(item.embed.written) shares its paragraph with other text, so it is linked, not embedded; put it on a line of its own", at: item.embed.location))
                }
                continue
            }
            let block = document.makeWrapper(enter: "", exit: "")
            document.replace(paragraph, with: block)
            embedBlocks[block.pointer] = inParagraph.map(\.embed.location)
            let embedded = Set(inParagraph.map(\.embed.location))
            madeLinks.removeAll { embedded.contains($0.location) }
            links.embeds += inParagraph.map(\.embed)
        }
    }
}

extension MarkdownNode {
    /// Inside a link's or image's text, where a wikilink would nest one link in another.
    var isInsideLink: Bool {
        var node = parent
        while let current = node {
            if current.kind == .link || current.kind == .image { return true }
            node = current.parent
        }
        return false
    }
}
