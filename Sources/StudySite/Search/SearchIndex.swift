/// The Search stage: an index of every note's sections and the glossary's terms, written as
/// `.js` files under `search/` for the one script a built site carries
/// (templates/assets/search.js). `search: false` in site.yml leaves both out.
enum SearchIndex {
    /// The script, as a path inside the templates' `assets/` folder.
    static let scriptAsset = "search.js"

    /// Adds the index's files to `site.extraFiles`. `sectionTexts` is each page's text under
    /// each heading, index for index with `site.pages` (the Markdown stage's `CompiledBodies`).
    static func run(_ site: inout Site, sectionTexts: [[String]], log: DiagnosticLog) {
        guard site.config.search else { return }
        let blocks = site.generatedBlocks
        let groups = site.pages.indices.map { index in
            var group = SearchGroup.note(site.pages[index], sectionTexts: index < sectionTexts.count ? sectionTexts[index] : [])
            // A quiz's HTML holds its answers, feedback and buttons ("Correct", "Show answer"):
            // they would match queries and fill excerpts, and would give the answers away.
            group.addGeneratedText(of: site.pages[index], blocks: blocks, leavingOut: Study.blockNames)
            return group
        }
            + SearchGroup.glossary(site.glossary, title: GlossaryContext.title, url: GlossaryContext.outputPath)
        site.extraFiles.merge(SearchShards.files(for: groups)) { _, new in new }
    }
}
