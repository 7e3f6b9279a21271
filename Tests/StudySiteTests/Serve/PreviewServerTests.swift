import Foundation
import Testing
@testable import StudySite

/// `serve` through real sockets: what it sends, what it refuses, and live reload after saves.
@Suite struct PreviewServerTests {
    /// A copy of the basic fixture and the shipped templates, served on a free loopback port
    /// while `body` runs (the watcher too, when `watch` is set).
    static func serving(watch: Bool = false, _ body: @Sendable (TemporaryDirectory, PreviewSession, Int) async throws -> Void) async throws {
        let folder = try TemporaryDirectory()
        let session = try PreviewSession.overBasicFixture(in: folder)
        defer { session.close() }
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await PreviewServer.run(session: session, host: "127.0.0.1", port: 0) { portSink.yield($0) }
            }
            if watch {
                // The watch rebuilds on its task's thread: one of its own (see OwnThread).
                group.addTask(executorPreference: OwnThread(label: "preview-watch")) { await session.watch(interval: .milliseconds(50)) { _, _ in } }
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await body(folder, session, port)
            group.cancelAll()
        }
    }

    @Test func servesTheBuildWithTheReloadScriptInPagesOnly() async throws {
        try await Self.serving { _, _, port in
            let home = try await fetch(port: port, "/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("data-studysite-live-reload"))
            let css = try await fetch(port: port, "/assets/style.css")
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.body.contains("live-reload"))
            let folderPage = try await fetch(port: port, "/networking/")
            #expect(folderPage.status == 200 && folderPage.body.contains("<h1"))
            let redirect = try await fetch(port: port, "/networking")
            #expect(redirect.status == 301 && redirect.headers["location"] == "/networking/")
            let head = try await fetch(port: port, "/about.html", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            let post = try await fetch(port: port, "/about.html", method: "POST")
            #expect(post.status == 405)
        }
    }

    @Test func missingPagesGetTheSitesOwn404() async throws {
        try await Self.serving { _, session, port in
            let missing = try await fetch(port: port, "/no/such/page.html")
            #expect(missing.status == 404)
            let page = try String(contentsOfFile: session.siteRoot + "/404.html", encoding: .utf8)
            #expect(missing.body == LiveReload.inject(into: page, errors: []))
        }
    }

    @Test func noPathOutsideTheSiteIsEverServed() async throws {
        try await Self.serving { folder, session, port in
            try "top secret".write(toFile: folder.path("secret.txt"), atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: session.siteRoot + "/link.txt", withDestinationPath: folder.path("secret.txt"))
            for target in ["/../secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/networking%2f..%2f..%2fsecret.txt", "/link.txt", "/about.html%00"] {
                let response = try await fetch(port: port, target)
                #expect([403, 404].contains(response.status), "\(target) answered \(response.status)")
                #expect(!response.body.contains("top secret") && !response.body.contains("root:"), "\(target)")
            }
        }
    }

    @Test func aBuildWritesNoTraceOfLiveReload() throws {
        let folder = try TemporaryDirectory()
        let options = BuildOptions(
            contentDirectory: Repository.fixtures.appendingPathComponent("basic/content").path,
            templatesDirectory: Repository.templates, outputDirectory: folder.path("_site"))
        _ = try Pipeline.build(options, log: DiagnosticLog())
        for (path, data) in try FileTree.read(folder.url.appendingPathComponent("_site")) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("live-reload") && !text.contains("__studysite") && !text.contains("EventSource"), "\(path)")
        }
    }

    @Test func aSavedNoteReloadsOpenPagesAndErrorsShowOverTheLastGoodSite() async throws {
        try await Self.serving(watch: true) { folder, session, port in
            let events = try EventStreamReader(port: port, path: LiveReload.eventsPath)
            #expect(await events.wait(for: "data: 1\n\n").contains("data: 1"))
            let note = folder.path("content/about.md")
            let original = try String(contentsOfFile: note, encoding: .utf8)
            try (original + "\nA sentence added while serving.\n").write(toFile: note, atomically: true, encoding: .utf8)
            #expect(await events.wait(for: "data: 2\n\n").contains("data: 2"), "no reload event after a save")
            #expect(try await fetch(port: port, "/about.html").body.contains("A sentence added while serving."))
            // The print page is made when it is asked for, from the saved note too.
            let printed = try await fetch(port: port, "/print.html")
            #expect(printed.status == 200 && printed.body.contains("A sentence added while serving."))

            try "---\ntitle: [unclosed\n---\nBroken.\n".write(toFile: note, atomically: true, encoding: .utf8)
            #expect(await events.wait(for: "data: 3\n\n").contains("data: 3"))
            let broken = try await fetch(port: port, "/about.html")
            #expect(broken.body.contains("A sentence added while serving."), "the last good page stays")
            #expect(broken.body.contains("studysite-build-errors") && broken.body.contains("about.md:"))
            #expect(!session.errors.isEmpty)

            try original.write(toFile: note, atomically: true, encoding: .utf8)
            #expect(await events.wait(for: "data: 4\n\n").contains("data: 4"))
            let fixed = try await fetch(port: port, "/about.html")
            #expect(!fixed.body.contains("studysite-build-errors"))
        }
    }

    @Test func theServedSiteEqualsWhatBuildWritesAfterEdits() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("basic/content"), to: folder.url.appendingPathComponent("content"))
        let session = try PreviewSession(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates)
        defer { session.close() }
        let edits: [(TemporaryDirectory) throws -> Void] = [
            { try $0.write(["content/about.md": "---\ntitle: About us\norder: 5\n---\n\nNew text.\n"]) },
            { try $0.write(["content/networking/new.md": "---\ntitle: A new note\norder: 9\n---\n\n## Fresh\n"]) },
            { try FileManager.default.moveItem(atPath: $0.path("content/networking/new.md"), toPath: $0.path("content/renamed.md")) },
            { try FileManager.default.removeItem(atPath: $0.path("content/renamed.md")) },
        ]
        for edit in edits {
            try edit(folder)
            #expect(session.rebuild().errors.isEmpty)
            let fresh = folder.path("fresh-\(UUID().uuidString)")
            _ = try Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: fresh), log: DiagnosticLog())
            try session.prepareAll()  // what requests would read
            #expect(try FileTree.read(URL(fileURLWithPath: session.siteRoot)) == FileTree.read(URL(fileURLWithPath: fresh)))
        }
    }
}
