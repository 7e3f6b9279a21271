#if os(Linux)
import Foundation
import Testing
@testable import StudySite

/// The inotify side of `serve`'s watching on real folders: which paths an update reports after
/// edits, new folders, renames and deletions, with no full scan unless events were lost.
@Suite struct FolderTreeTests {
    /// Waits until events arrive, then until they stop for 50 ms, and updates the tree.
    static func update(_ tree: inout FolderTree, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(10)
        var batch = tree.events.take()
        while batch.isEmpty && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
            batch = tree.events.take()
        }
        #expect(!batch.isEmpty, "no event arrived", sourceLocation: sourceLocation)
        while !batch.isEmpty {
            tree.note(batch)
            try await Task.sleep(for: .milliseconds(50))
            batch = tree.events.take()
        }
        return tree.update()
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func anEditIsOnePathAndTheStampsMatchAFullScan() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["a.md": "a", "s/b.md": "b", "s/t/c.md": "c"], under: "content")
        let events = try FolderEvents()
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        #expect(tree.stamps == SourceWatcher(folders: [root]).scan())
        try Self.write("c, longer", to: root + "/s/t/c.md")
        #expect(try await Self.update(&tree) == [root + "/s/t/c.md"])
        #expect(tree.stamps == SourceWatcher(folders: [root]).scan())
    }

    @Test func aFolderMadeAfterStartIsListedAndThenWatched() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["a.md": "a"], under: "content")
        let events = try FolderEvents()
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        // The file is written before the tree can have watched its folder: only listing the new
        // folder finds it.
        try Self.write("new", to: root + "/later/deeper/new.md")
        #expect(try await Self.update(&tree) == [root + "/later/deeper/new.md"])
        try Self.write("second", to: root + "/later/deeper/second.md")
        #expect(try await Self.update(&tree) == [root + "/later/deeper/second.md"])
    }

    @Test func renamesAndDeletionsOfFilesAndFolders() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["a.md": "a", "s/b.md": "b", "s/t/c.md": "c"], under: "content")
        let events = try FolderEvents()
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        try FileManager.default.moveItem(atPath: root + "/a.md", toPath: root + "/s/renamed.md")
        #expect(try await Self.update(&tree) == [root + "/a.md", root + "/s/renamed.md"])

        try FileManager.default.moveItem(atPath: root + "/s", toPath: root + "/moved")
        #expect(try await Self.update(&tree) == [
            root + "/moved/b.md", root + "/moved/renamed.md", root + "/moved/t/c.md",
            root + "/s/b.md", root + "/s/renamed.md", root + "/s/t/c.md",
        ])
        // The moved folder kept its watch, now under its new name.
        try Self.write("c, edited", to: root + "/moved/t/c.md")
        #expect(try await Self.update(&tree) == [root + "/moved/t/c.md"])

        try FileManager.default.removeItem(atPath: root + "/moved/b.md")
        #expect(try await Self.update(&tree) == [root + "/moved/b.md"])
        try FileManager.default.removeItem(atPath: root + "/moved")
        #expect(try await Self.update(&tree) == [root + "/moved/renamed.md", root + "/moved/t/c.md"])
        #expect(tree.stamps == SourceWatcher(folders: [root]).scan())
    }

    @Test func aFolderDeletedAndMadeAgainIsWatchedAgain() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["s/b.md": "b"], under: "content")
        let events = try FolderEvents()
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        try FileManager.default.removeItem(atPath: root + "/s")
        try Self.write("b again", to: root + "/s/b.md")
        #expect(try await Self.update(&tree) == [root + "/s/b.md"])
        try Self.write("c", to: root + "/s/c.md")
        #expect(try await Self.update(&tree) == [root + "/s/c.md"])
    }

    @Test func editorLitterMakesNoChange() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["a.md": "a"], under: "content")
        let events = try FolderEvents()
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        for name in [".a.md.swp", "a.md~", ".#a.md", ".hidden/x.md"] { try Self.write("litter", to: root + "/" + name) }
        try await Task.sleep(for: .milliseconds(100))
        tree.note(events.take())
        #expect(!tree.hasPending)
        #expect(tree.update().isEmpty)
    }

    @Test func lostEventsFallBackToAFullScan() async throws {
        let folder = try TemporaryDirectory()
        let root = try folder.write(["a.md": "a"], under: "content")
        // Room for a few events only, as when a checkout rewrites the course during a long build.
        let events = try FolderEvents(pendingLimit: 256)
        defer { events.stop() }
        var tree = FolderTree(roots: [root], events: events)
        let written = (0..<40).map { root + "/note-\($0).md" }
        for path in written { try Self.write("note", to: path) }
        try await Task.sleep(for: .milliseconds(100))
        let batch = events.take()
        #expect(batch.overflowed)
        tree.note(batch)
        #expect(tree.update() == written.sorted())
        #expect(tree.stamps == SourceWatcher(folders: [root]).scan())
    }
}
#endif
