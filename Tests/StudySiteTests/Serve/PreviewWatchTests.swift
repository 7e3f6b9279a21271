import Foundation
import Synchronization
import Testing
@testable import StudySite

/// `PreviewSession.watch` on real folders: each kind of change gives one rebuild naming the
/// changed paths, a burst of writes gives one, and cancelling stops the watch at once.
@Suite struct PreviewWatchTests {
    /// The rebuilds `watch` reported, for a test to wait on.
    final class Rebuilds: Sendable {
        private let seen = Mutex<[[String]]>([])

        func record(_ changed: [String], _ outcome: PreviewSession.Outcome) {
            #expect(outcome.errors.isEmpty, "\(outcome.errors)")
            seen.withLock { $0.append(changed) }
        }

        var all: [[String]] { seen.withLock { $0 } }

        /// Makes a change and waits up to 20 s for the rebuilds it causes to name `expected`. A
        /// save seen half-written may take two rebuilds; what they name together is compared.
        func expect(
            _ expected: [String], after change: () throws -> Void,
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) async throws {
            let mark = all.count
            try change()
            let deadline = ContinuousClock.now + .seconds(20)
            var named: Set<String> = []
            while ContinuousClock.now < deadline {
                named = Set(all.dropFirst(mark).joined())
                if named.isSuperset(of: expected) { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            // A second rebuild of the same save (seen half-written) comes soon after.
            try await Task.sleep(for: .milliseconds(100))
            named = Set(all.dropFirst(mark).joined())
            #expect(named.sorted() == expected.sorted(), sourceLocation: sourceLocation)
        }
    }

    /// The basic fixture and the shipped templates, built once, watched while `body` runs.
    static func watching(
        settle: Duration = .milliseconds(20), polling: Bool = false,
        _ body: @Sendable (TemporaryDirectory, Rebuilds) async throws -> Void
    ) async throws {
        let folder = try TemporaryDirectory()
        let session = try PreviewSession.overBasicFixture(in: folder)
        defer { session.close() }
        let rebuilds = Rebuilds()
        try await withThrowingTaskGroup(of: Void.self) { group in
            // The watch rebuilds on its task's thread: one of its own (see OwnThread).
            group.addTask(executorPreference: OwnThread(label: "preview-watch")) {
                if polling {
                    let known = try #require(session.firstSources.withLock { $0 })
                    await session.watchByPolling(from: known, interval: .milliseconds(20), settle: settle, rebuilt: rebuilds.record)
                } else {
                    await session.watch(settle: settle, warning: { Issue.record("\($0)") }, rebuilt: rebuilds.record)
                }
            }
            try await body(folder, rebuilds)
            group.cancelAll()
        }
    }

    /// Written whole (a dot-file renamed into place): a note caught half-written by a busy
    /// machine's scheduler would be a build error, not the change under test.
    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static let note = "---\ntitle: A note written while serving\n---\n\nSome text.\n"

    @Test func editsNewFoldersRenamesAndDeletionsEachRebuild() async throws {
        try await Self.watching { folder, rebuilds in
            let content = folder.path("content")
            try await rebuilds.expect([content + "/about.md"]) { try Self.write(Self.note, to: content + "/about.md") }
            // A folder made after start, its file, then another write in it (its own watch).
            let new = content + "/later/deeper/new.md"
            try await rebuilds.expect([new]) { try Self.write(Self.note, to: new) }
            try await rebuilds.expect([new]) { try Self.write(Self.note + "More.\n", to: new) }
            let renamed = content + "/networking/renamed.md"
            try await rebuilds.expect([new, renamed]) { try FileManager.default.moveItem(atPath: new, toPath: renamed) }
            try await rebuilds.expect([renamed]) { try FileManager.default.removeItem(atPath: renamed) }
            let layout = folder.path("templates/layout.mustache")
            try await rebuilds.expect([layout]) { try Self.write("{{! a comment }}" + (try folder.read("templates/layout.mustache")), to: layout) }
        }
    }

    @Test func aBurstOfWritesIsOneRebuild() async throws {
        try await Self.watching(settle: .milliseconds(500)) { folder, rebuilds in
            let content = folder.path("content")
            // Once the watch has surely started (its first rebuild), so the burst is seen as events.
            try await rebuilds.expect([content + "/warm-up.md"]) { try Self.write(Self.note, to: content + "/warm-up.md") }
            let burst = (0..<3).map { content + "/burst-\($0).md" }
            try await rebuilds.expect([content + "/about.md"] + burst) {
                for line in 0..<30 {
                    try Self.write(Self.note + String(repeating: "A line.\n", count: line), to: content + "/about.md")
                    try Self.write(Self.note, to: burst[line % 3])
                }
            }
            try await Task.sleep(for: .milliseconds(500))
            #expect(rebuilds.all.count == 2)
        }
    }

    @Test func litterAndIdleTimeMakeNoRebuild() async throws {
        try await Self.watching { folder, rebuilds in
            let content = folder.path("content")
            try await rebuilds.expect([content + "/litter-free.md"]) {
                try Self.write("swap", to: content + "/.about.md.swp")
                try Self.write("backup", to: content + "/about.md~")
                try Self.write(Self.note, to: content + "/litter-free.md")
            }
            // Nothing more while idle, past the watcher's once-a-second wake-up.
            let count = rebuilds.all.count
            try await Task.sleep(for: .milliseconds(1500))
            #expect(rebuilds.all.count == count)
        }
    }

    @Test func pollingStillNoticesChanges() async throws {
        try await Self.watching(polling: true) { folder, rebuilds in
            let content = folder.path("content")
            try await rebuilds.expect([content + "/made/by/polling.md"]) { try Self.write(Self.note, to: content + "/made/by/polling.md") }
        }
    }

    @Test func cancellingStopsTheWatchPromptly() async throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("basic/content"), to: folder.url.appendingPathComponent("content"))
        let session = try PreviewSession(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates)
        defer { session.close() }
        let watching = Task(executorPreference: OwnThread(label: "preview-watch")) { await session.watch { _, _ in } }
        try await Task.sleep(for: .milliseconds(200))
        let start = ContinuousClock.now
        watching.cancel()
        await watching.value
        // A guard against a hang, not a timing: Ctrl-C must end `serve`.
        #expect(start.duration(to: .now) < .seconds(5))
    }
}
