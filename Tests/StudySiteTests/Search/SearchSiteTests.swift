import Foundation
import Testing
@testable import StudySite

/// Search in whole builds: the AWS notes' index, and `search: false`.
@Suite struct SearchSiteTests {
    static func build(_ files: [String: String]) throws -> (folder: TemporaryDirectory, site: [String: Data]) {
        let folder = try TemporaryDirectory()
        let content = try folder.write(files, under: "content")
        _ = try Pipeline.build(BuildOptions(contentDirectory: content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: DiagnosticLog())
        return (folder, try FileTree.read(URL(fileURLWithPath: folder.path("_site"))))
    }

    static let note = "---\ntitle: Subnets\n---\nIntro.\n\n## Sizes\n\nA /24 holds 256 addresses; see `10.0.0.0/16`.\n\n### Reserved\n\nFive per subnet.\n\n#### Deeper\n\nStill reserved.\n"

    /// Anchors the script derives from the heading (`sizes`, `reserved`) are left out.
    @Test func theIndexHoldsEachSectionWithItsAnchor() throws {
        let (_, site) = try Self.build(["site.yml": "title: T\n", "net/subnets.md": Self.note, "net/_section.yml": "title: Net\n"])
        let group = String(decoding: try #require(site["search/d/0.js"]), as: UTF8.self)
        #expect(group == #"StudySiteSearch.group(0,{"t":"Subnets","u":"net/subnets.html","r":[["","Intro."],["Sizes","A /24 holds 256 addresses; see 10.0.0.0/16."],["Reserved","Five per subnet. Deeper Still reserved."]]});"# + "\n")
        let terms = site.filter { $0.key.hasPrefix("search/t/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for term in ["/24", "10.0.0.0/16", "/16", "subnets", "subnet", "deeper"] {
            #expect(terms.contains(" \(term) ") || terms.contains("\"\(term) "), "\(term) is not in the index")
        }
        let page = String(decoding: try #require(site["net/subnets.html"]), as: UTF8.self)
        #expect(page.contains(#"<script src="../assets/search.js"></script>"#))
        #expect(page.contains(#"data-root="../""#))
        #expect(page.contains(#"role="combobox""#) && page.contains(#"href="../topics.html""#))
        #expect(site["assets/search.js"] != nil)
    }

    @Test func searchFalseLeavesOutTheBoxTheScriptAndTheIndex() throws {
        let (_, site) = try Self.build(["site.yml": "title: T\nsearch: false\n", "subnets.md": Self.note])
        #expect(site.keys.filter { $0.hasPrefix("search/") }.isEmpty)
        #expect(site["assets/search.js"] == nil)
        for (path, bytes) in site where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("<script") && !html.contains("combobox"), "\(path) still has search")
        }
        #expect(site["topics.html"] != nil, "the topics page needs no script and stays")
    }

    @Test func theAWSNotesIndexIsUnder100KB() throws {
        let site = try AWSSite.built().files
        let bytes = site.filter { $0.key.hasPrefix("search/") }.values.reduce(0) { $0 + $1.count }
        #expect(bytes > 10_000 && bytes < 100_000, "the index is \(bytes) bytes")
    }

    @Test func theTopicsPageListsTermsAliasesAndHeadingsAToZ() throws {
        let site = try AWSSite.built().files
        let html = String(decoding: try #require(site["topics.html"]), as: UTF8.self)
        #expect(html.contains(##"<a href="#letter-v">V</a>"##))
        #expect(html.contains(#"<span class="topic">Availability Zones (AZs)</span>"#) || html.contains(#">Availability Zones (AZs)</a>"#))
        #expect(html.contains(#"href="vpc.html#internet-gateway""#))
        #expect(html.contains(#"href="glossary.html#term-"#))
        #expect(html.contains(#"<span class="see">see</span>"#), "aliases point to their term")
        let home = String(decoding: try #require(site["index.html"]), as: UTF8.self)
        #expect(home.contains(#"<a href="topics.html">Index</a>"#))
    }
}
