/// The Search stage: an index of every note's sections and the glossary's terms, written as
/// `.js` files under `search/` for the one script a built site carries
/// (templates/assets/search.js). `search: false` in site.yml leaves both out.
public enum SearchIndex {
    /// The script, as a path inside the templates' `assets/` folder.
    public static let scriptAsset = "search.js"

    /// Adds the index's files to `site.extraFiles`; the section texts it reads are let go.
    static func run(_ site: inout Site, log: DiagnosticLog) {
        defer { for index in site.pages.indices { site.pages[index].sectionTexts = [] } }
        guard site.config.search else { return }
        let blocks = site.generatedBlocks
        let groups = site.pages.map { page in
            var group = SearchGroup.note(page)
            group.addGeneratedText(of: page, blocks: blocks)
            return group
        }
            + SearchGroup.glossary(site.glossary, title: GlossaryContext.title, url: GlossaryContext.outputPath)
        site.extraFiles.merge(SearchShards.files(for: groups)) { _, new in new }
    }
}
