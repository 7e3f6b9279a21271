/// Obsidian's syntax in the one Markdown pass: callouts and wikilinks become ordinary nodes
/// before the walk; embeds become holes the walk leaves in the draft, filled once every note
/// is finished (`EmbedFinishing`).
extension MarkdownCompiler {
    /// What the syntax pass found in one note, finished into its `DocumentAnalysis` after the walk.
    struct ObsidianSyntax {
        var embedBlocks: [OpaquePointer: [SourceLocation]] = [:]
        var links = VaultLinks()
        var diagnostics: [Diagnostic] = []
        /// File lines of the headings at the top level of the note.
        var topLevelHeadingLines: Set<Int> = []
        var madeLinks: [(url: String, location: SourceLocation)] = []

        func finish(_ analysis: inout DocumentAnalysis) {
            analysis.vault = links
            analysis.vault.topLevelHeadingIDs = Set(analysis.headings.filter { topLevelHeadingLines.contains($0.line) }.map(\.id))
            analysis.diagnostics += diagnostics
            // The recorded links are in document order too: each wikilink's is the next with its URL.
            var cursor = analysis.links.startIndex
            for made in madeLinks {
                guard let found = analysis.links[cursor...].firstIndex(where: { $0.written == made.url }) else { continue }
                analysis.links[found].location = made.location
                cursor = found + 1
            }
        }
    }

    /// Callouts (any note: GitHub's alerts are the same syntax) and, with a vault, wikilinks.
    /// A note with neither `[!` nor `[[` is left exactly as cmark parsed it.
    func prepareObsidianSyntax(_ document: MarkdownDocument, page: Page, markdown: String) -> ObsidianSyntax {
        var syntax = ObsidianSyntax()
        guard vault != nil else { return syntax }
        for node in document.root.children where node.kind == .heading {
            syntax.topLevelHeadingLines.insert(page.location(line: node.startLine).line)
        }
        if markdown.containsBytes(of: "[!") { document.rewriteCallouts() }
        if let vault, markdown.containsBytes(of: "[[") {
            var rewriter = WikilinkRewriter(document: document, page: page, markdown: markdown, vault: vault)
            rewriter.run()
            syntax.embedBlocks = rewriter.embedBlocks
            syntax.links = rewriter.links
            syntax.diagnostics = rewriter.diagnostics
            syntax.madeLinks = rewriter.madeLinks
        }
        return syntax
    }
}

extension MarkdownCompiler.Walk {
    /// A block of `![[Note]]` embeds: one hole each, filled with the note or section.
    mutating func visitEmbeds(_ node: MarkdownNode) {
        let locations = embedBlocks[node.pointer] ?? []
        analysis.searchableText += MarkdownCompiler.phraseBreak
        for location in locations { analysis.draft.slots.append(.block(location, fallback: "")) }
        document.replace(node, withHTMLBlock: locations.map { _ in analysis.draft.marker }.joined(separator: "\n") + "\n")
    }
}
