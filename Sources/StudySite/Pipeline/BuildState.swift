/// What the steps pass on: the site being built, and each step's scratch data for the steps
/// after it, dropped once its last reader is done, so the model keeps no half-used fields.
struct BuildState: Sendable {
    var site = Site(contentDirectory: "", config: SiteConfig(title: ""), sections: [], pages: [])
    var templates: TemplateRenderer?
    /// Content → Markdown: each page's Markdown body, index for index with `site.pages`.
    var markdown: [String] = []
    /// Content → the stages that read them: `glossary.yml` and `data/*.yml` as text.
    var files = InputFiles()
    /// Markdown → Glossary: each page's prose, for "used in" lists.
    var searchableText: [String] = []
    /// Markdown → Search: each page's text under each heading, for the search index.
    var sectionTexts: [[String]] = []
    /// Markdown → body finishing: each page's HTML with holes for term links and blocks.
    var drafts: [BodyDraft] = []
    /// Markdown → embeds: each page's wikilinks to headings and embeds.
    var vaultLinks: [VaultLinks] = []
    /// Render and write → the report.
    var fileCount = 0
}
