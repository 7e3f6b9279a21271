import Foundation
@testable import StudySite

/// Builds small sites in memory and runs them through the real stages up to the notes' HTML.
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
    /// `glossaryYAML`, when given, is written as the content directory's glossary.yml.
    static func build(
        _ pages: [(slug: String, markdown: String)], linkTerms: GlossarySettings.LinkTerms = .first, glossaryYAML: String? = nil
    ) throws -> Result {
        let folder = try TemporaryDirectory()
        if let glossaryYAML { try folder.write(["glossary.yml": glossaryYAML]) }
        var site = Site(
            contentDirectory: folder.path,
            config: SiteConfig(title: "Test", glossary: GlossarySettings(linkTerms: linkTerms)),
            sections: [],
            pages: pages.map(page))
        let log = DiagnosticLog()
        let options = CMark.Options()
        try Pipeline.compileMarkdown(&site, options: options, log: log)
        Glossary.generate(&site, log: log)
        if log.errors.isEmpty { Pipeline.finishBodies(&site) }
        return Result(site: site, log: log)
    }

    static func page(_ slug: String, _ markdown: String) -> Page {
        let section = slug.contains("/") ? String(slug.split(separator: "/").first!) : ""
        return Page(sourcePath: "content/\(slug).md", slug: slug, section: section, title: "Title of \(slug)", markdown: markdown)
    }

    static func page(_ spec: (slug: String, markdown: String)) -> Page {
        page(spec.slug, spec.markdown)
    }

    /// The Markdown pass over one note.
    static func analyze(_ markdown: String, slug: String = "notes") throws -> DocumentAnalysis {
        MarkdownCompiler(generatorNames: [], options: CMark.Options()).compile(page(slug, markdown))
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
