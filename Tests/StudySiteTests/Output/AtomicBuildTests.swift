import Foundation
import Testing
@testable import StudySite

/// A build either replaces the previous site whole or leaves it byte for byte as it was:
/// also when `--check-links` finds a broken link, and when the final swap itself fails.
@Suite struct AtomicBuildTests {
    @Test func aBrokenLinkFoundByCheckLinksLeavesThePreviousSite() throws {
        let folder = try BuildErrorTests.workingSite()
        let before = try FileTree.read(folder.url.appendingPathComponent("_site"))
        #expect(before[".studysite-output"] != nil)
        try folder.write(["content/b.md": "---\ntitle: B\norder: 2\n---\n\nSee [nowhere](a.html#no-such-heading).\n"])
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site", "--check-links"], in: folder.url)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("no element with id \"no-such-heading\""), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("_site was not changed"))
        #expect(!result.stderr.contains("._site.new-"), "findings must name the output folder, not the staging one: \(result.stderr)")
        #expect(try FileTree.read(folder.url.appendingPathComponent("_site")) == before, "the previous site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("._site") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")

        // Fixed, the same command replaces the site.
        try folder.write(["content/b.md": "---\ntitle: B\norder: 2\n---\n\nSee [A](a.md#hello).\n"])
        let fixed = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site", "--check-links"], in: folder.url)
        #expect(fixed.status == 0, "stderr: \(fixed.stderr)")
        #expect(try folder.read("_site/b.html").contains("a.html#hello"))
    }

    @Test func aFailedSwapLeavesThePreviousSiteAndNoStagingFolder() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["_site/old.html": "old", "_site/.studysite-output": "x", "_site/deep/page.html": "deep"])
        let before = try FileTree.read(folder.url.appendingPathComponent("_site"))
        // The previous site moves aside, then moving the new one in fails: as a full disk or
        // a vanished parent would, which permission bits cannot stage when tests run as root.
        let writer = try SiteWriter(output: folder.path("_site")) { from, to in
            if from.lastPathComponent.contains(".new-") { throw CocoaError(.fileWriteNoPermission) }
            try FileManager.default.moveItem(at: from, to: to)
        }
        try writer.write("new", to: "index.html")
        #expect(throws: BuildFailure.self) { try writer.commit() }
        #expect(try FileTree.read(folder.url.appendingPathComponent("_site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "_site" }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func aFailedMoveAsideLeavesThePreviousSite() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["_site/old.html": "old"])
        let writer = try SiteWriter(output: folder.path("_site")) { _, _ in throw CocoaError(.fileWriteUnknown) }
        try writer.write("new", to: "index.html")
        #expect(throws: BuildFailure.self) { try writer.commit() }
        #expect(try FileTree.read(folder.url.appendingPathComponent("_site")) == ["old.html": Data("old".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["_site"])
    }
}
