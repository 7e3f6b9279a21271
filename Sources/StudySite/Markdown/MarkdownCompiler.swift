import Foundation

/// The one Markdown pass: parses a note once and learns what later stages need (headings
/// and their anchors, term definitions, generator blocks, the prose that glossary "used in"
/// lists search), while turning the tree into a `BodyDraft`: the note's HTML with holes
/// for what only exists later, term links and generated tables.
///
/// One parse instead of two matters because finishing a parse takes turns (see `CMark`);
/// keeping every tree until the glossary exists would cost hundreds of megabytes on a large site.
struct MarkdownCompiler {
    /// Info strings that name a generator (` ```cidr-table `).
    let generatorNames: Set<String>
    let options: CMark.Options

    /// Ids the page template uses itself; a heading with the same slug is numbered on.
    static let templateIDs = ["main-content", "contents"]

    /// Between blocks and at hard line breaks in the prose the glossary searches: a character
    /// no glossary phrase runs across (a `\n` would: within a paragraph it is a soft break).
    static let phraseBreak = "\u{1E}"

    func compile(_ page: Page) -> DocumentAnalysis {
        compile([page])[0]
    }

    /// Several notes, finished in one turn at the parser's lock (see `CMark.withDocuments`).
    func compile(_ pages: [Page]) -> [DocumentAnalysis] {
        CMark.withDocuments(pages.map { BodyDraft.withoutHoles($0.markdown) }, options: options) { index, document in
            // cmark starts a new text node at `_`, `&`, `[`, `!` …; merged, a phrase like
            // `Email & password` is one run the glossary linker can see.
            document.consolidateText()
            var walk = Walk(page: pages[index], generatorNames: generatorNames, options: options, document: document)
            walk.visit(document.root)
            walk.analysis.draft.html = document.renderHTML()
            return walk.analysis
        }
    }

    /// `<th>` and `<th style=…>` become `<th scope="col"…>`, on bytes (Foundation's
    /// `replacingOccurrences` bridges through NSString, which showed on a large build).
    static func scopingHeaderCells(_ table: String) -> String {
        let bytes = Array(table.utf8)
        let scope = Array(" scope=\"col\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            result.append(bytes[index])
            if bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "t"), bytes[index + 2] == UInt8(ascii: "h"),
                bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                result += "th".utf8
                result += scope
                index += 3
                continue
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private struct Walk {
        let page: Page
        let generatorNames: Set<String>
        let unsafeHTML: Bool
        let document: MarkdownDocument
        let links: LinkRewriter
        var analysis = DocumentAnalysis()
        var slugger = Slugger()
        var currentHeadingID: String?
        /// Text here becomes a hole for term links: not inside links, images or headings.
        var linkable = true
        /// The definition item being visited, as an index into `draft.definedTerms`.
        var definition: Int?

        init(page: Page, generatorNames: Set<String>, options: CMark.Options, document: MarkdownDocument) {
            self.page = page
            self.generatorNames = generatorNames
            self.unsafeHTML = options.unsafeHTML
            self.document = document
            self.links = LinkRewriter(pageSlug: page.slug)
            for id in MarkdownCompiler.templateIDs { slugger.reserve(id) }
        }

        mutating func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .heading:
                visitHeading(node)
            case .codeBlock:
                let name = node.language
                if generatorNames.contains(name) {
                    let location = page.location(line: node.line, column: node.startColumn)
                    analysis.blocks.append(GeneratorBlock(name: name, body: node.literal, location: location))
                    analysis.draft.slots.append(.block(location, fallback: document.renderHTML(node)))
                    document.replace(node, withHTMLBlock: BodyDraft.hole)
                } else {
                    analysis.addSectionText(node.literal, separated: true)
                }
            case .htmlBlock, .htmlInline:
                analysis.searchableText += MarkdownCompiler.phraseBreak
                if !unsafeHTML {
                    let snippet = node.literal.split(separator: "\n").first.map { String($0.prefix(40)) } ?? ""
                    analysis.diagnostics.append(.warning(
                        "raw HTML `\(snippet)` is left out of the page; set `unsafe_html: true` in site.yml to keep it",
                        at: page.location(line: node.line)))
                }
            case .code, .footnoteReference, .customInline:
                // Not prose, and it parts the text around it as it parts the linker's runs.
                analysis.searchableText += MarkdownCompiler.phraseBreak
                analysis.addSectionText(node.literal)
            case .text:
                // Where terms are linked, a paragraph wrapped in the Markdown is one run of text.
                let text = linkable ? document.joinSoftBreaks(after: node) : node.literal
                analysis.searchableText += text  // the matcher lower-cases words itself
                analysis.addSectionText(text)
                if linkable {
                    analysis.draft.slots.append(.text(text, definition: definition))
                    node.literal = BodyDraft.hole
                }
            case .softBreak:
                analysis.searchableText += " "
                analysis.addSectionText(" ")
            case .lineBreak:
                analysis.searchableText += MarkdownCompiler.phraseBreak
                analysis.addSectionText(" ")
            case .item:
                if let item = DefinitionItem(node) {
                    visitDefinition(item, in: node)
                } else {
                    visitChildren(of: node)
                }
            case .paragraph, .tableCell:
                analysis.searchableText += MarkdownCompiler.phraseBreak
                analysis.addSectionText("", separated: true)
                visitChildren(of: node)
            case .table:
                visitChildren(of: node)
                // cmark-gfm gives header cells no `scope`; a GFM table's only `<th>` cells are its
                // header row, so each one heads a column. Wide tables scroll inside their own box.
                let table = MarkdownCompiler.scopingHeaderCells(document.renderHTML(node))
                document.replace(node, withHTMLBlock: "<div class=\"table-scroll\" tabindex=\"0\">\n" + table + "</div>\n")
            case .emphasis, .strong, .strikethrough:
                // The linker links within one run of text; "used in" keeps to the same runs.
                analysis.searchableText += MarkdownCompiler.phraseBreak
                visitChildren(of: node)
                analysis.searchableText += MarkdownCompiler.phraseBreak
            case .link, .image:
                node.url = links.rewrite(node.url)
                // Link text counts for "used in" but is not linked again.
                let outer = linkable
                linkable = false
                analysis.searchableText += MarkdownCompiler.phraseBreak
                visitChildren(of: node)
                analysis.searchableText += MarkdownCompiler.phraseBreak
                linkable = outer
            default:
                visitChildren(of: node)
            }
        }

        mutating func visitChildren(of node: MarkdownNode) {
            visitSiblings(from: node.firstChild)
        }

        /// Visits `first` and the siblings after it.
        mutating func visitSiblings(from first: MarkdownNode?) {
            var child = first
            while let current = child {
                child = visitReturningNext(current)
            }
        }

        /// Visits `node`; returns the sibling to visit after it. A node replaced by the visit
        /// is out of the tree (no parent), so its old next sibling is read first; a text node
        /// that took in the lines after it (`joinSoftBreaks`) has a new one.
        mutating func visitReturningNext(_ node: MarkdownNode) -> MarkdownNode? {
            let next = node.next
            visit(node)
            return node.parent == nil ? next : node.next
        }

        /// A heading gets its anchor id and a `#` link to itself. Its text is not searched or
        /// linked (a glossary link inside a heading would nest in the anchor), but its links
        /// are rewritten like any other.
        private mutating func visitHeading(_ node: MarkdownNode) {
            let text = node.plainText
            let id = slugger.slug(text)
            currentHeadingID = id
            let level = node.headingLevel
            analysis.headings.append(Heading(level: level, text: text, id: id, line: page.location(line: node.line).line))
            analysis.sectionTexts.append("")
            rewriteLinks(in: node)
            let label = HTMLEscape.attribute("Link to this section: " + text)
            document.replace(
                node, withWrapperEnter: "<h\(level) id=\"\(id)\">",
                exit: "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></h\(level)>")
        }

        private func rewriteLinks(in node: MarkdownNode) {
            if node.kind == .link || node.kind == .image { node.url = links.rewrite(node.url) }
            var child = node.firstChild
            while let current = child {
                rewriteLinks(in: current)
                child = current.next
            }
        }

        /// Records the definition, then visits the item's children, leaving its bold term out:
        /// out of the searchable text (the term's page is "Defined in", not "Used in") and out
        /// of the links, and the term itself is not linked anywhere inside its own definition.
        private mutating func visitDefinition(_ item: DefinitionItem, in node: MarkdownNode) {
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
        private func definition(of item: DefinitionItem, headingID: String?, location: SourceLocation) -> TermDefinition? {
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
        private func rebaseLinks(in node: MarkdownNode, saving restored: inout [(node: MarkdownNode, url: String)]) {
            if node.kind == .link || node.kind == .image {
                let url = node.url
                if url.hasPrefix("#") {
                    restored.append((node, url))
                    node.url = "/" + page.slug + ".md" + url
                } else if !url.isEmpty, !url.hasPrefix("/"), !LinkRewriter.hasScheme(url) {
                    restored.append((node, url))
                    node.url = "/" + (page.section.isEmpty ? "" : page.section + "/") + url
                }
            }
            var child = node.firstChild
            while let current = child {
                rebaseLinks(in: current, saving: &restored)
                child = current.next
            }
        }
    }
}
