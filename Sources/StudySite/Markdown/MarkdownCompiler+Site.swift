/// What the Markdown stage passes on besides what it adds to the pages: each page's draft,
/// prose and section texts, index for index with `site.pages`.
struct CompiledBodies: Sendable {
    var drafts: [BodyDraft]
    var searchableText: [String]
    /// Plain text under each heading, for the search index (see `DocumentAnalysis.sectionTexts`).
    var sectionTexts: [[String]]
    /// Wikilinks to headings and embeds of each page (see `VaultLinks`).
    var vaultLinks: [VaultLinks] = []
}

extension MarkdownCompiler {
    /// The Markdown pass over every page, on every core: headings, definitions and blocks go
    /// into the pages, drafts, prose and section texts are returned. Finishing a parse takes turns (see
    /// `CMark`); pages go in batches of eight, one turn each, so the lock changes hands an
    /// eighth as often.
    static func compile(_ site: inout Site, markdown: [String], generatorNames: Set<String>, files: [String] = [], log: DiagnosticLog) throws(BuildFailure) -> CompiledBodies {
        let vault = VaultIndex(pages: site.pages, contentDirectory: site.contentDirectory, files: files, markdown: markdown)
        let compiler = MarkdownCompiler(
            generatorNames: generatorNames, options: CMark.Options(unsafeHTML: site.config.html == .unsafe), vault: vault, rawHTML: site.config.html)
        let pages = site.pages
        let batchSize = 8
        let batches = stride(from: 0, to: pages.count, by: batchSize).map { $0..<min($0 + batchSize, pages.count) }
        let analyses = batches.concurrentMap { range in compiler.compile(Array(pages[range]), markdown: Array(markdown[range])) }.flatMap { $0 }
        var bodies = CompiledBodies(drafts: [], searchableText: [], sectionTexts: [])
        bodies.drafts.reserveCapacity(analyses.count)
        bodies.searchableText.reserveCapacity(analyses.count)
        bodies.sectionTexts.reserveCapacity(analyses.count)
        for (index, analysis) in analyses.enumerated() {
            site.pages[index].headings = analysis.headings
            if let title = analysis.title {
                site.pages[index].title = title.text
                site.pages[index].titleID = title.id
            }
            site.pages[index].definitions = analysis.definitions
            site.pages[index].blocks = analysis.blocks
            site.pages[index].links = analysis.links
            site.pages[index].rawHTMLIDs = analysis.rawHTMLIDs
            bodies.searchableText.append(analysis.searchableText)
            bodies.sectionTexts.append(analysis.sectionTexts)
            bodies.drafts.append(analysis.draft)
            bodies.vaultLinks.append(analysis.vault)
            log.report(analysis.diagnostics)
        }
        // No throw here: the glossary and the tables report their problems too, and the
        // build stops before the pages are finished (see `Pipeline.steps`).
        return bodies
    }
}
