/// The Search stage: an index of every note's sections and the glossary's terms, written as
/// `.js` files under `search/` for the one script a built site carries
/// (templates/assets/search.js). `search: false` in site.yml leaves both out.
enum SearchIndex {
    /// The script, as a path inside the templates' `assets/` folder.
    static let scriptAsset = "search.js"

    /// Adds the index's files to `site.extraFiles`. `sectionTexts` is each page's text under
    /// each heading, index for index with `site.pages` (the Markdown stage's `CompiledBodies`).
    static func run(_ site: inout Site, sectionTexts: [[String]], log: DiagnosticLog) {
        run(&site, sectionTexts: sectionTexts) { notes in notes.concurrentMap { SearchShare($0.group) } }
    }

    /// `run`, with the notes' shares of the index from `shares`, given what the index reads of
    /// each note (index for index with `site.pages`): the build makes every share, `serve`
    /// hands back the ones it kept for notes whose `SearchNote` is unchanged and makes the rest.
    static func run<Failure: Error>(
        _ site: inout Site, sectionTexts: [[String]], shares: ([SearchNote]) throws(Failure) -> [SearchShare]
    ) throws(Failure) {
        guard site.config.search else { return }
        let blocks = site.generatedBlocks
        let notes = site.pages.indices.map { index in
            SearchNote(
                page: site.pages[index], sectionTexts: index < sectionTexts.count ? sectionTexts[index] : [],
                blocks: site.pages[index].blocks.map { blocks[$0.location] })
        }
        let noteShares = try shares(notes)
        precondition(noteShares.count == notes.count, "\(noteShares.count) search shares for \(notes.count) notes")
        let glossary = SearchGroup.glossary(site.glossary, title: GlossaryContext.title, url: GlossaryContext.outputPath)
        site.extraFiles.merge(SearchShards.files(for: noteShares + glossary.concurrentMap(SearchShare.init))) { _, new in new }
    }
}
