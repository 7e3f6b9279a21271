import Foundation
import Testing
@testable import StudySite

/// Files stream into a staged copy of the site; only `commit` replaces the previous site,
/// and a failure part-way leaves it exactly as it was, with nothing staged left behind.
@Suite struct SiteWriterTests {
    func stagedFolders(in folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("._site") }
    }

    @Test func committedFilesReplaceThePreviousSite() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["_site/old.html": "old", "_site/keep/x.html": "x"])
        let writer = try SiteWriter(output: folder.path("_site"))
        try writer.prepareFolders(for: ["index.html", "a/b/page.html"])
        try writer.write("<p>ünïcode</p>\n", to: "a/b/page.html")
        try writer.write("home", to: "index.html")
        // Nothing shows before the swap.
        #expect(try folder.read("_site/old.html") == "old")
        try writer.commit()
        #expect(try FileTree.read(folder.url.appendingPathComponent("_site")) == [
            "a/b/page.html": Data("<p>ünïcode</p>\n".utf8), "index.html": Data("home".utf8),
            ".studysite-output": Data(OutputFolder.markerText.utf8),
        ])
        #expect(try stagedFolders(in: folder).isEmpty)
    }

    @Test func aFailedWriteLeavesThePreviousSiteAndDiscardRemovesTheStagedFiles() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["_site/old.html": "old"])
        let writer = try SiteWriter(output: folder.path("_site"))
        try writer.write("written", to: "first.html")
        // No folder was prepared for this one.
        #expect(throws: BuildFailure.self) { try writer.write("lost", to: "missing/page.html") }
        writer.discard()
        #expect(try FileTree.read(folder.url.appendingPathComponent("_site")) == ["old.html": Data("old".utf8)])
        #expect(try stagedFolders(in: folder).isEmpty)
    }
}
