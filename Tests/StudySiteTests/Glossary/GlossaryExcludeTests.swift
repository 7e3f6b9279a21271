import Foundation
import Testing
@testable import StudySite

/// `glossary.exclude` in site.yml keeps bold-then-colon items that are not terms out of the glossary.
@Suite struct GlossaryExcludeTests {
    @Test func excludedTermsAreNeitherListedNorLinkedAndUnknownNamesWarn() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.write([
            "site.yml": "title: T\nglossary:\n  exclude: [price, Typo]\n",
            "a.md": "---\ntitle: A\n---\n1. **Price** – costs vary by Region.\n2. **Region**: a place.\n\nThe price of a Region.\n",
        ], under: "content")
        let log = DiagnosticLog()
        _ = try Pipeline.build(BuildOptions(contentDirectory: content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        let json = try folder.read("_site/glossary.json")
        #expect(json.contains("\"Region\""))
        #expect(!json.contains("\"Price\""))
        let page = try folder.read("_site/a.html")
        #expect(!page.contains("glossary.html#term-price"))
        #expect(page.contains("glossary.html#term-region"))
        let warning = try #require(log.warnings.first { $0.message.contains("glossary.exclude") })
        #expect(warning.description.hasSuffix("content/site.yml:3:20: warning: glossary.exclude: `Typo` names no term of the notes or glossary.yml"))
    }
}
