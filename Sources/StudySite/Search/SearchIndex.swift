/// The Search stage: an index of every note's sections and the glossary's terms, written as
/// `.js` files under `search/` for the one script a built site carries
/// (templates/assets/search.js). `search: false` in site.yml leaves both out.
enum SearchIndex {
    /// The script, as a path inside the templates' `assets/` folder.
    static let scriptAsset = "search.js"

    /// Adds the index's files to `site.extraFiles`. `sectionTexts` is each page's text under
    /// each heading, index for index with `site.pages` (the Markdown stage's `CompiledBodies`).
    static func run(_ site: inout Site, sectionTexts: [[String]], log: DiagnosticLog) {
        run(&site, sectionTexts: sectionTexts) { notes, glossary in
            SearchShards.files(for: notes.concurrentMap { SearchShare($0.group) } + glossary.concurrentMap(SearchShare.init))
        }
    }

    /// `run`, with the files made by `files` from what the index reads of each note (index for
    /// index with `site.pages`) and the glossary's groups, which follow the notes'. The build
    /// makes every group's share and merges them; `serve` keeps the shares and their merge
    /// from the last build and redoes the groups that changed.
    static func run<Failure: Error>(
        _ site: inout Site, sectionTexts: [[String]], files: ([SearchNote], [SearchGroup]) throws(Failure) -> [String: [UInt8]]
    ) throws(Failure) {
        guard site.config.search else { return }
        let blocks = site.generatedBlocks
        let notes = site.pages.indices.map { index in
            SearchNote(
                page: site.pages[index], sectionTexts: index < sectionTexts.count ? sectionTexts[index] : [],
                blocks: site.pages[index].blocks.map { blocks[$0.location] })
        }
        let glossary = SearchGroup.glossary(site.glossary, title: GlossaryContext.title, url: GlossaryContext.outputPath)
        site.extraFiles.merge(try files(notes, glossary)) { _, new in new }
    }
}
