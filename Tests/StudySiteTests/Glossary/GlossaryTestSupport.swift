import Foundation
@testable import StudySite

/// Builds small sites in memory and runs them through the real pipeline's steps from the
/// Markdown pass up to the notes' HTML.
enum GlossaryTestSite {
    struct Result {
        var site: Site
        var log: DiagnosticLog

        /// The body HTML of the note with this slug.
        func html(_ slug: String) -> String {
            site.pages.first { $0.slug == slug }?.contentHTML ?? ""
        }

        func entry(_ term: String) -> GlossaryEntry? {
            site.glossary.first { $0.term == term }
        }
    }

    /// `pages` are `(slug, markdown)` in site order; `networking/vpc` is in section `networking`.
    /// `glossaryYAML`, when given, is the content directory's glossary.yml.
    static func build(
        _ pages: [(slug: String, markdown: String)], linkTerms: GlossarySettings.LinkTerms = .first, glossaryYAML: String? = nil
    ) throws -> Result {
        var state = BuildState()
        state.site = Site(
            contentDirectory: "test-content",
            config: SiteConfig(title: "Test", glossary: GlossarySettings(linkTerms: linkTerms)),
            sections: [],
            pages: pages.map(page))
        state.markdown = pages.map(\.markdown)
        state.files.glossary = glossaryYAML.map { TextFile(path: "test-content/glossary.yml", text: $0) }
        let log = DiagnosticLog()
        let context = BuildContext(options: BuildOptions(), log: log)
        _ = try Pipeline.steps(from: "markdown", through: "reference tables").run(&state, context: context)
        if log.errors.isEmpty { _ = try Pipeline.steps(from: "term links and blocks", through: "term links and blocks").run(&state, context: context) }
        return Result(site: state.site, log: log)
    }

    static func page(_ slug: String) -> Page {
        let section = slug.contains("/") ? String(slug.split(separator: "/").first!) : ""
        return Page(sourcePath: "content/\(slug).md", slug: slug, section: section, title: "Title of \(slug)")
    }

    static func page(_ spec: (slug: String, markdown: String)) -> Page {
        page(spec.slug)
    }

    /// The Markdown pass over one note.
    static func analyze(_ markdown: String, slug: String = "notes") throws -> DocumentAnalysis {
        MarkdownCompiler(generatorNames: [], options: CMark.Options()).compile(page(slug), markdown: markdown)
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
