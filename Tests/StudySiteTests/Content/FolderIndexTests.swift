import Foundation
import Testing

@testable import StudySite

/// A note at `index.md` is its folder's page, as in MkDocs and Quartz: at the top it is the
/// home page, in a section's folder the section's page; the generated ones are left out.
@Suite struct FolderIndexTests {
    /// The built folder and every error, reported or thrown.
    private func build(_ files: [String: String]) throws -> (folder: TemporaryDirectory, errors: [Diagnostic]) {
        let folder = try TemporaryDirectory()
        try folder.write(files.merging(["site.yml": "title: Course\nbase_url: \"https://example.com/course/\"\n"]) { a, _ in a }, under: "content")
        let log = DiagnosticLog()
        do throws(BuildFailure) {
            _ = try Pipeline.build(
                BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
                log: log)
        } catch {
            return (folder, log.errors + error.diagnostics)
        }
        return (folder, log.errors)
    }

    @Test func indexNotesAreTheHomeAndSectionPages() throws {
        let (folder, errors) = try build([
            "index.md": "# Welcome\n\nStart with [the basics](basics.md).\n",
            "basics.md": "# Basics\n\nText.\n",
            "net/index.md": "# Networking\n\nWhat this part covers.\n",
            "net/vpc.md": "# VPC\n\nBack to [the part](index.md) or [home](../index.md).\n",
        ])
        #expect(errors.isEmpty, "\(errors)")
        let home = try folder.read("_site/index.html")
        #expect(home.contains("<h1 id=\"welcome\">Welcome"))
        #expect(home.contains("Start with <a href=\"basics.html\">the basics</a>"))
        // The Home link is the page's own; the note is not listed a second time.
        #expect(home.contains("<a href=\"index.html\" aria-current=\"page\">Home</a>"))
        #expect(!home.contains(">Welcome</a>"))
        // First in the reading order: the next page is the first note.
        #expect(home.contains("rel=\"next\" href=\"basics.html\""))

        let section = try folder.read("_site/net/index.html")
        #expect(section.contains("<h1 id=\"networking\">Networking"))
        #expect(section.contains("<a href=\"../net/index.html\" aria-current=\"page\" class=\"current-section\">Networking</a>"))
        let vpc = try folder.read("_site/net/vpc.html")
        #expect(vpc.contains("<a href=\"index.html\">the part</a> or <a href=\"../index.html\">home</a>"))
        #expect(!vpc.contains(">Networking</a></li>"), "the section's note is its link, not a list entry")

        // Each URL once in the sitemap.
        let sitemap = try folder.read("_site/sitemap.xml")
        for url in ["https://example.com/course/", "https://example.com/course/net/index.html"] {
            #expect(sitemap.components(separatedBy: "<loc>\(url)</loc>").count == 2, "\(sitemap)")
        }
        #expect(!sitemap.contains("course/index.html"))
    }

    @Test func aNoteInAFolderBelowASectionIsAnOrdinaryPage() throws {
        let (folder, errors) = try build([
            "net/deep/index.md": "# Deep\n\nText.\n",
            "net/vpc.md": "# VPC\n\nText.\n",
        ])
        #expect(errors.isEmpty, "\(errors)")
        #expect(try folder.read("_site/net/deep/index.html").contains("<h1 id=\"deep\">Deep"))
        // The section keeps its generated page, which lists both notes.
        let section = try folder.read("_site/net/index.html")
        #expect(section.contains("deep/index.html") && section.contains("vpc.html"))
    }

    @Test func aSectionNamedByItsFolderSettingsKeepsThatName() throws {
        let (folder, errors) = try build([
            "net/_section.yml": "title: Part Two\n",
            "net/index.md": "# Networking\n\nText.\n",
            "other/index.md": "---\ntitle: Other Things\n---\n\nText.\n",
        ])
        #expect(errors.isEmpty, "\(errors)")
        let home = try folder.read("_site/index.html")
        #expect(home.contains(">Part Two</a>"), "_section.yml names the section")
        #expect(home.contains(">Other Things</a>"), "the index note's front-matter title names it")
    }

    @Test func generatedPageNamesStayReserved() throws {
        let (_, errors) = try build(["topics.md": "# Topics\n\nText.\n", "print.md": "# Print\n\nText.\n"])
        let messages = errors.map(\.message)
        #expect(messages.contains("the page name `topics` is reserved for the generated topics.html; rename the file or set `slug:`"), "\(messages)")
        #expect(messages.contains("the page name `print` is reserved for the generated print.html; rename the file or set `slug:`"), "\(messages)")
    }
}
