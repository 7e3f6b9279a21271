import Foundation
import Testing
@testable import StudySite

/// A folder of Markdown as people keep it: no front matter, capitals, spaces and accents in
/// names, nested folders, an `.obsidian/` folder, images beside the notes.
@Suite struct PlainFolderTests {
    static func load(_ files: [String: String]) throws -> (LoadedContent?, DiagnosticLog, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        try folder.write(["site.yml": "title: Notes\n"].merging(files) { _, new in new }, under: "content")
        let log = DiagnosticLog()
        let content = try? ContentLoader.load(contentDirectory: folder.path("content"), log: log)
        return (content, log, folder)
    }

    static func build(_ files: [String: String]) throws -> (DiagnosticLog, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        try folder.write(["site.yml": "title: Notes\n"].merging(files) { _, new in new }, under: "content")
        let log = DiagnosticLog()
        _ = try? Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        return (log, folder)
    }

    @Test func notesWithoutFrontMatterTakeTheirTitleFromTheFirstHeadingElseTheFileName() throws {
        let (log, folder) = try Self.build([
            "Networking/VPC Basics.md": "Some words first.\n\n# Virtual Private Clouds\n\nBody.\n\n# Second top heading\n",
            "Café.md": "No heading at all.\n",
            "partial.md": "---\ntags: [a]\n---\n# From the heading\n",
        ])
        #expect(log.errors.isEmpty, "\(log.errors)")
        let vpc = try folder.read("_site/networking/vpc-basics.html")
        #expect(vpc.contains("<h1 id=\"virtual-private-clouds\">Virtual Private Clouds</h1>"))
        #expect(!vpc.contains("<h1 id=\"virtual-private-clouds\">Virtual Private Clouds\u{2060}"), "the heading is not repeated")
        #expect(vpc.contains("<h1 id=\"second-top-heading\">"), "only the first # heading is the title")
        #expect(try folder.read("_site/cafe.html").contains("<h1>Café</h1>"))
        // Unknown keys are warnings; a missing title is none.
        #expect(try folder.read("_site/partial.html").contains("<h1 id=\"from-the-heading\">From the heading</h1>"))
        #expect(log.warnings.map(\.message).contains { $0.contains("unknown key `tags`") })
        #expect(log.warnings.count == 1, "\(log.warnings)")
    }

    @Test func namesBecomeSlugsAndLinksWrittenAsTheFilesAreNamedStillResolve() throws {
        let (log, folder) = try Self.build([
            "index note.md": "# Start\n\n[a](Networking/VPC%20Basics.md#subnets) [b](<Networking/VPC Basics.md>) [c](Deep/Er/Nested%20Note.md) ![d](Networking/Img/My%20Diagram.png)\n",
            "Networking/VPC Basics.md": "# VPC\n\n## Subnets\n\n![d](Img/My%20Diagram.png) [up](../index%20note.md)\n",
            "Networking/Img/My Diagram.png": "PNG",
            "Deep/Er/Nested Note.md": "# Nested\n",
        ])
        #expect(log.errors.isEmpty, "\(log.errors)")
        let start = try folder.read("_site/index-note.html")
        for href in ["networking/vpc-basics.html#subnets", "networking/vpc-basics.html\"", "deep/er/nested-note.html", "networking/img/My%20Diagram.png"] {
            #expect(start.contains(href), "no \(href)")
        }
        #expect(try folder.read("_site/networking/vpc-basics.html").contains("src=\"img/My%20Diagram.png\""))
        #expect(try folder.read("_site/networking/img/My Diagram.png") == "PNG")
        #expect(try folder.read("_site/deep/er/nested-note.html").contains("<h1 id=\"nested\">Nested</h1>"))
    }

    @Test func twoNamesMakingOneURLAreAnErrorNamingBoth() throws {
        let (_, log, _) = try Self.load(["VPC Basics.md": "# A\n", "vpc-basics.md": "# B\n", "Img/a.png": "x", "img/a.png": "y", "Net/x.md": "# x\n", "net/y.md": "# y\n"])
        let messages = log.errors.map(\.description)
        #expect(messages.contains { $0.contains("two pages have the slug `vpc-basics`") && $0.contains("VPC Basics.md") && $0.contains("vpc-basics.md") }, "\(messages)")
        #expect(messages.contains { $0.contains("Img/a.png and this file would both be copied to img/a.png") }, "\(messages)")
        #expect(messages.contains { $0.contains("content/Net and") && $0.contains("content/net both make the section `net/`") }, "\(messages)")
    }

    @Test func withoutASummaryFilesGoInNaturalOrder() throws {
        let (content, log, _) = try Self.load(["ch10.md": "# Ten\n", "ch2.md": "# Two\n", "ch1.md": "# One\n", "appendix.md": "# Z\n"])
        #expect(log.errors.isEmpty)
        #expect(content?.site.pages.map(\.slug) == ["appendix", "ch1", "ch2", "ch10"])
        #expect(NaturalOrder.less("module-9", "module-10") && !NaturalOrder.less("module-10", "module-9"))
        #expect(NaturalOrder.less("ch01", "ch1") != NaturalOrder.less("ch1", "ch01"))
    }

    @Test func dotFoldersAreIgnoredAndOtherFilesAreNotPages() throws {
        let (content, log, _) = try Self.load([
            ".obsidian/workspace.md": "# not a note\n", ".git/x.png": "x", "notes.md": "# Notes\n",
            "code/main.rs": "fn main() {}\n", "attachments/photo.JPG": "jpg", "attachments/readme.txt": "t",
        ])
        #expect(log.errors.isEmpty, "\(log.errors)")
        #expect(content?.site.pages.map(\.slug) == ["notes"])
        #expect(content.map { Array($0.site.extraFiles.keys) } == ["attachments/photo.JPG"])
    }
}
