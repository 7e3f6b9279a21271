import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// The benchmark's loopback server: `/ok/N` 200, `/missing/N` 404, `/moved/N` 301 to `/ok/moved-N`,
/// `/slow/N` 200 after 200 ms. Tracks the most requests in flight at once.
final class BenchServer: Sendable {
    /// `LINKCHECK_BENCH_SLOW_MS` overrides it, to measure the fixed cost of the fast URLs alone.
    static let slowDelay = Duration.milliseconds(
        Int(ProcessInfo.processInfo.environment["LINKCHECK_BENCH_SLOW_MS"] ?? "") ?? 200)

    let port: Int
    private let inFlight = Mutex<(current: Int, maximum: Int, total: Int)>((0, 0, 0))
    private let connections = Mutex(0)

    private init(port: Int) {
        self.port = port
    }

    var maximumInFlight: Int { inFlight.withLock { $0.maximum } }
    var requestCount: Int { inFlight.withLock { $0.total } }
    var connectionCount: Int { connections.withLock { $0 } }

    func resetCounters() {
        inFlight.withLock { $0 = (0, 0, 0) }
        connections.withLock { $0 = 0 }
    }

    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Serves while `body` runs.
    static func with<Result: Sendable>(_ body: (BenchServer) async throws -> Result) async throws -> Result {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        let server = BenchServer(port: listener.channel.localAddress!.port!)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await listener.executeThenClose { connections in
                    try await withThrowingDiscardingTaskGroup { handlers in
                        for try await connection in connections {
                            handlers.addTask { await server.serve(connection) }
                        }
                    }
                }
            }
            defer { group.cancelAll() }
            return try await body(server)
        }
    }

    private func serve(_ connection: Connection) async {
        connections.withLock { $0 += 1 }
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            for try await part in inbound {
                switch part {
                case .head(let received): head = received
                case .body: continue
                case .end:
                    guard let request = head else { continue }
                    try await answer(request, outbound)
                }
            }
        }
    }

    private func answer(_ head: HTTPRequestHead, _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        inFlight.withLock {
            $0.current += 1
            $0.total += 1
            $0.maximum = max($0.maximum, $0.current)
        }
        defer { inFlight.withLock { $0.current -= 1 } }
        let parts = head.uri.split(separator: "/")
        var headers = HTTPHeaders([("content-length", "0")])
        var status = HTTPResponseStatus.ok
        switch parts.first {
        case "ok": break
        case "missing": status = .notFound
        case "moved":
            status = .movedPermanently
            headers.add(name: "location", value: "/ok/moved-\(parts.last ?? "")")
        case "slow": try await Task.sleep(for: Self.slowDelay)
        default: status = .notFound
        }
        try await outbound.write(.head(HTTPResponseHead(version: head.version, status: status, headers: headers)))
        try await outbound.write(.end(nil))
    }
}
