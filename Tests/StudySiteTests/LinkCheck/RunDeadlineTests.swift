import Foundation
import NIOCore
import NIOPosix
import Testing

/// `--max-duration` is a hard deadline for the whole run, even while a TLS handshake stalls.
@Suite struct RunDeadlineTests {
    /// A TCP listener on 127.0.0.1 that accepts connections and never sends a byte.
    static func withSilentListener<Result: Sendable>(_ body: (Int) async throws -> Result) async throws -> Result {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        do {
            let result = try await body(channel.localAddress!.port!)
            try await channel.close()
            return result
        } catch {
            try? await channel.close()
            throw error
        }
    }

    @Test func stalledTLSHandshakeEndsAtMaxDuration() async throws {
        try await Self.withSilentListener { port in
            let folder = try TemporaryDirectory()
            try folder.write(["site/index.html": "<!DOCTYPE html><html><body><a href=\"https://127.0.0.1:\(port)/x\">x</a></body></html>\n"])
            let start = ContinuousClock.now
            let result = try runStudySite(["check-links", "site", "--timeout", "60", "--max-duration", "2", "--retries", "0"], in: folder.url)
            let elapsed = start.duration(to: .now)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.contains("not checked: the run reached --max-duration"), "\(result.stdout)")
            // Two seconds of deadline; a generous bound far below the 60 s timeout it overshot by.
            #expect(elapsed < .seconds(20), "the run took \(elapsed)")
        }
    }
}
