import ArgumentParser
import Foundation
import StudySite
import Synchronization

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it over HTTP and rebuild it when a note or template changes.",
        discussion: """
            The site is built into a private temporary folder (your _site/ is not touched) and \
            served with a small live-reload script added to each page as it is sent; open pages \
            reload after every rebuild. A failed rebuild keeps the last good site and shows the \
            errors over it. Press Ctrl-C to stop.
            """
    )

    @Argument(help: "Folder with site.yml and the Markdown notes.")
    var contentDirectory = "content"

    @Option(name: .long, help: "Folder with the Mustache templates and assets/.")
    var templates = "templates"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8000

    @Option(help: "Address to listen on. Anything but loopback exposes your notes to the network.")
    var host = "127.0.0.1"

    @Flag(help: "Open the site in the default browser (xdg-open).")
    var open = false

    @Flag(help: "Print how long each step of every build took.")
    var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, found \(port)") }
    }

    func run() async throws {
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.error("warning: listening on \(host), not loopback: anyone who can reach this machine can read the notes")
        }
        let session: PreviewSession
        do throws(BuildFailure) {
            session = try PreviewSession(contentDirectory: contentDirectory, templatesDirectory: templates)
        } catch {
            Console.print(diagnostics: error.diagnostics)
            throw ExitCode.failure
        }
        defer { session.close() }
        let host = self.host, port = self.port, open = self.open
        // Watched from the start: Ctrl-C during the first build (seconds on a large course)
        // stops it at its next step and still removes the private build on the way out.
        let stop = SignalWatch(signals: [SIGINT, SIGTERM])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await stop.wait() }
            group.addTask {
                let first = session.rebuild()
                try Task.checkCancellation()
                report([], first)
                try await withThrowingTaskGroup(of: Void.self) { serving in
                    serving.addTask {
                        try await PreviewServer.run(session: session, host: host, port: port) { bound in
                            let shown = host.contains(":") ? "[\(host)]" : host
                            let url = "http://\(shown):\(bound)/"
                            Console.output("Serving \(url) (Ctrl-C to stop)\n")
                            if open { Self.openInBrowser(url) }
                        }
                    }
                    serving.addTask {
                        await session.watch(warning: { Console.error($0) }) { changed, outcome in report(changed, outcome) }
                    }
                    try await serving.next()
                }
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    private func report(_ changed: [String], _ outcome: PreviewSession.Outcome) {
        if !changed.isEmpty {
            Console.error("Changed: " + changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
        }
        Console.print(diagnostics: DiagnosticGroups.grouped(outcome.warnings) + outcome.errors)
        if outcome.errors.isEmpty {
            Console.error(String(format: "Built %d pages in %.2f s (build %d).", outcome.pageCount, outcome.seconds, outcome.generation))
            if timings {
                for stage in outcome.stages {
                    Console.error("  " + stage.stage.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%7.3f s", stage.seconds))
                }
            }
        } else {
            Console.error("Build failed with \(outcome.errors.count) error\(outcome.errors.count == 1 ? "" : "s"); still serving the last good site.")
        }
    }

    private static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}

/// Waits for one of `signals`, so `serve` can remove its private build before exiting.
final class SignalWatch: Sendable {
    private let stream: AsyncStream<Void>
    /// Kept only so the sources live as long as the watch.
    private let sources: Mutex<[any DispatchSourceSignal]>

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self)
        self.stream = stream
        sources = Mutex(signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        })
    }

    func wait() async {
        for await _ in stream { return }
    }
}
