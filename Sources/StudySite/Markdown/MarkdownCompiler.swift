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
    /// The notes and images wikilinks may name; nil leaves `[[…]]` as text.
    var vault: VaultIndex? = nil
    /// What becomes of raw HTML (`html:` in site.yml; `.safe` sanitizes it, see `RawHTMLAssembly`).
    var rawHTML = RawHTMLMode.none

    /// Ids the page template uses itself; a heading with the same slug is numbered on.
    static let templateIDs = ["main-content", "contents"]

    /// Between blocks and at hard line breaks in the prose the glossary searches: a character
    /// no glossary phrase runs across (a `\n` would: within a paragraph it is a soft break).
    static let phraseBreak = "\u{1E}"

    /// The deepest nesting of blocks and inlines a note may have: the walk recurses once per
    /// level, on worker threads with small stacks. No note written by hand comes near it.
    static let maxDepth = 1000

    func compile(_ page: Page, markdown: String) -> DocumentAnalysis {
        compile([page], markdown: [markdown])[0]
    }

    /// Several notes (`markdown` holds their bodies, index for index), finished in one turn
    /// at the parser's lock (see `CMark.withDocuments`).
    func compile(_ pages: [Page], markdown: [String]) -> [DocumentAnalysis] {
        CMark.withDocuments(markdown, options: options) { index, document in
            // cmark starts a new text node at `_`, `&`, `[`, `!` …; merged, a phrase like
            // `Email & password` is one run the glossary linker can see.
            document.consolidateText()
            let obsidian = prepareObsidianSyntax(document, page: pages[index], markdown: markdown[index])
            var walk = Walk(page: pages[index], markdown: markdown[index], generatorNames: generatorNames, options: options, document: document)
            walk.embedBlocks = obsidian.embedBlocks
            walk.analysis.draft = BodyDraft(for: markdown[index])
            if rawHTML == .safe { walk.rawHTML = RawHTMLAssembly(for: markdown[index]) }
            walk.visit(document.root)
            walk.analysis.links = walk.recorder.links
            if let line = walk.tooDeepAt {
                walk.analysis.diagnostics.append(.error(
                    "Markdown nested more than \(MarkdownCompiler.maxDepth) levels deep (quotes, lists, emphasis …) is not supported; flatten it",
                    at: pages[index].location(line: line)))
            }
            walk.analysis.draft.html = TaskListLabels.label(document.renderHTML())
            obsidian.finish(&walk.analysis)
            walk.finishRawHTML()
            return walk.analysis
        }
    }

    /// One note's walk over its cmark tree (definition items: `MarkdownCompiler+Definitions.swift`).
    struct Walk {
        let page: Page
        /// The note's Markdown body (for where a fence was left open).
        let markdown: String
        let generatorNames: Set<String>
        let unsafeHTML: Bool
        let document: MarkdownDocument
        let links: LinkRewriter
        var recorder: LinkRecorder
        var analysis = DocumentAnalysis()
        var slugger = Slugger()
        var currentHeadingID: String?
        /// Text here becomes a hole for term links: not inside links, images or headings.
        var linkable = true
        /// Levels of `visit` on the stack, and the line of the first node too deep to visit.
        var depth = 0
        var tooDeepAt: Int?
        /// Inside a table, whose cells cmark-gfm lets hold no custom node.
        var inTable = false
        /// The definition item being visited, as an index into `draft.definedTerms`.
        var definition: Int?
        /// Blocks standing for `![[Note]]` embeds → the embeds' locations (see `WikilinkRewriter`).
        var embedBlocks: [OpaquePointer: [SourceLocation]] = [:]
        /// Raw HTML to sanitize (`html: safe`; nil otherwise), and the nodes added for it, not to visit.
        var rawHTML: RawHTMLAssembly?
        var addedForRawHTML: Set<OpaquePointer> = []

        init(page: Page, markdown: String, generatorNames: Set<String>, options: CMark.Options, document: MarkdownDocument) {
            self.page = page
            self.generatorNames = generatorNames
            self.unsafeHTML = options.unsafeHTML
            self.document = document
            self.links = LinkRewriter(pageSlug: page.slug)
            self.markdown = markdown
            self.recorder = LinkRecorder(page: page, markdown: markdown)
            for id in MarkdownCompiler.templateIDs { slugger.reserve(id) }
        }

        mutating func visit(_ node: MarkdownNode) {
            // The walk recurses once per level (cmark's own passes do not): past `maxDepth` it
            // goes no deeper, and the note fails. Its other walks use `forEachDescendant`.
            guard depth <= MarkdownCompiler.maxDepth else {
                if tooDeepAt == nil { tooDeepAt = node.line }
                return
            }
            depth += 1
            defer { depth -= 1 }
            if !addedForRawHTML.isEmpty, addedForRawHTML.contains(node.pointer) { return }
            switch node.kind {
            case .customBlock where embedBlocks[node.pointer] != nil:
                visitEmbeds(node)
            case .heading:
                visitHeading(node)
            case .codeBlock:
                if node.isUnclosedFence(in: markdown), let fence = node.fence {
                    let marker = String(repeating: Character(Unicode.Scalar(fence.character)), count: fence.length)
                    analysis.diagnostics.append(.warning(
                        "code fence \(marker) is never closed, so everything after it became code; end the block with a \(marker) line",
                        at: page.location(line: node.startLine, column: node.startColumn), kind: "markdown:unclosed-fence"))
                }
                let name = node.language
                if generatorNames.contains(name) {
                    let location = page.location(line: node.line, column: node.startColumn)
                    analysis.blocks.append(GeneratorBlock(name: name, body: node.literal, location: location))
                    analysis.draft.slots.append(.block(location, fallback: document.renderHTML(node)))
                    document.replace(node, withHTMLBlock: analysis.draft.marker)
                } else {
                    analysis.addSectionText(node.literal, separated: true)
                    // Long lines scroll inside the block (see style.css); a tab stop lets keyboards scroll it.
                    let html = document.renderHTML(node)
                    document.replace(node, withHTMLBlock: html.hasPrefix("<pre") ? "<pre tabindex=\"0\"" + html.dropFirst(4) : html)
                }
            case .htmlBlock, .htmlInline:
                analysis.searchableText += MarkdownCompiler.phraseBreak
                if rawHTML != nil {
                    sanitize(node)
                } else if unsafeHTML {
                    analysis.rawHTMLIDs.formUnion(LinkRecorder.declaredIDs(inRawHTML: node.literal))
                } else {
                    let snippet = node.literal.split(separator: "\n").first.map { String($0.prefix(40)) } ?? ""
                    analysis.diagnostics.append(.warning(
                        "raw HTML `\(snippet)` is left out of the page (`html: none` in site.yml)",
                        at: page.location(line: node.line), kind: "raw-html:left-out"))
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
                if linkable, inTable {
                    node.literal = "\u{1}"  // a cell takes no raw-HTML node; see `.table`
                    analysis.draft.slots.append(.text(text, definition: definition))
                } else if linkable, document.replaceText(node, withHTML: analysis.draft.marker) {
                    analysis.draft.slots.append(.text(text, definition: definition))
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
                // Read before the walk turns cell text into holes: the header row labels the
                // cells of a phone's cards, and every cell counts towards the table's width.
                let cells = node.tableCellTexts
                // Its holes are U+0001 text, made markers once rendered; a table whose own text
                // already holds U+0001 is left unlinked, so nothing can pass for a hole.
                let outer = linkable
                let plain = document.renderHTML(node)
                linkable = linkable && !plain.utf8.contains(0x01)
                rawHTML?.tableHoldsSentinelByte = plain.utf8.contains(0x02)
                inTable = true
                if let header = node.firstChild {
                    // A column header names the column, it does not use a term: no links there.
                    let tableLinkable = linkable
                    linkable = false
                    visit(header)
                    linkable = tableLinkable
                    visitSiblings(from: header.next)
                }
                inTable = false
                var rendered = linkable ? BodyDraft.replacingByte1(in: document.renderHTML(node), with: analysis.draft.marker) : document.renderHTML(node)
                if let rawHTML { rendered = rawHTML.resolvingCellSentinels(in: rendered) }
                linkable = outer
                // cmark-gfm gives header cells no `scope`; a GFM table's only `<th>` cells are its
                // header row, so each one heads a column. Wide tables scroll inside their own box.
                let table = TableCards.labelling(
                    MarkdownCompiler.scopingHeaderCells(rendered),
                    headers: cells.first ?? [], cards: TableCards.needsCards(cells))
                document.replace(node, withHTMLBlock: "<div class=\"table-scroll\" tabindex=\"0\">\n" + table + "</div>\n")
            case .emphasis, .strong, .strikethrough:
                // The linker links within one run of text; "used in" keeps to the same runs.
                analysis.searchableText += MarkdownCompiler.phraseBreak
                visitChildren(of: node)
                analysis.searchableText += MarkdownCompiler.phraseBreak
            case .link, .image:
                rewrite(node)
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

        /// A heading gets its anchor id and a `#` link to itself, joined to the last word (U+2060
        /// WORD JOINER) so the `#` never wraps onto a line of its own. Its text is not searched or
        /// linked (a glossary link inside a heading would nest in the anchor), but its links
        /// are rewritten like any other.
        private mutating func visitHeading(_ node: MarkdownNode) {
            let text = node.plainText
            let id = slugger.slug(text)
            currentHeadingID = id
            sanitizeRawHTML(in: node)
            let level = node.headingLevel
            analysis.headings.append(Heading(level: level, text: text, id: id, line: page.location(line: node.line).line))
            analysis.sectionTexts.append("")
            // A note without `title:` takes its first `#` heading as the title: the page's
            // `<h1>` shows it with this id (as mdBook's does), so it is not repeated here.
            if level == 1, page.titleFromHeading, analysis.title == nil, !text.isEmpty {
                analysis.title = (text, id)
                document.replace(node, withHTMLBlock: "")
                return
            }
            rewriteLinks(in: node)
            let label = HTMLEscape.attribute("Link to this section: " + text)
            document.replace(
                node, withWrapperEnter: "<h\(level) id=\"\(id)\">",
                trailing: "\u{2060}<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a>", exit: "</h\(level)>")
        }

        /// Rewrites a link's destination for the built site and records where the note wrote it.
        private mutating func rewrite(_ node: MarkdownNode) {
            let written = node.url
            let url = links.rewrite(written)
            node.url = url
            recorder.record(node, written: written, url: url)
        }

        private mutating func rewriteLinks(in node: MarkdownNode) {
            node.forEachDescendant { node in
                if node.kind == .link || node.kind == .image { rewrite(node) }
            }
        }
    }
}
