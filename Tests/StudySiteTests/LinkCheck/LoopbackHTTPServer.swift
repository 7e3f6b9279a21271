import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// What the test server does with one request.
enum LoopbackAction: Sendable {
    case respond(status: Int, headers: [(String, String)] = [], body: String = "")
    /// Answers after `delay` seconds.
    case delayed(Double, status: Int)
    /// Closes the connection without answering.
    case close
    /// Never answers (until the server stops).
    case hang
    /// 200 with a chunked body of `bytes`, written only as fast as the client reads.
    case stream(bytes: Int)
}

/// One request as a route sees it; `count` is how many requests this path has had, this one included.
struct LoopbackRequest: Sendable {
    var method: String
    var path: String
    var count: Int
}

/// Requests in flight, and the most seen at once; may be shared by several servers.
final class InFlightGauge: Sendable {
    private let state = Mutex<(current: Int, maximum: Int)>((0, 0))

    var maximum: Int { state.withLock { $0.maximum } }

    func enter() {
        state.withLock {
            $0.current += 1
            $0.maximum = max($0.maximum, $0.current)
        }
    }

    func leave() {
        state.withLock { $0.current -= 1 }
    }
}

/// A small HTTP/1.1 server on 127.0.0.1 and a free port, for the link checker's tests.
/// Counts requests per path, tracks requests in flight and how much of a streamed body went out.
final class LoopbackHTTPServer: Sendable {
    let port: Int
    let gauge = InFlightGauge()
    private let sharedGauge: InFlightGauge?
    private let routes: @Sendable (LoopbackRequest) -> LoopbackAction
    private let counts = Mutex<[String: Int]>([:])
    private let streamed = Mutex<[Int]>([])

    private init(port: Int, sharedGauge: InFlightGauge?, routes: @escaping @Sendable (LoopbackRequest) -> LoopbackAction) {
        self.port = port
        self.sharedGauge = sharedGauge
        self.routes = routes
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Requests received for `path`, every method together.
    func requests(_ path: String) -> Int { counts.withLock { $0[path, default: 0] } }

    /// For each `.stream` answer that has ended, the body bytes it handed to the socket.
    var finishedStreams: [Int] { streamed.withLock { $0 } }

    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Starts a server, runs `body` with it, and stops it (closing every connection) afterwards.
    static func with<Result: Sendable>(
        sharedGauge: InFlightGauge? = nil,
        routes: @escaping @Sendable (LoopbackRequest) -> LoopbackAction,
        _ body: (LoopbackHTTPServer) async throws -> Result
    ) async throws -> Result {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        let server = LoopbackHTTPServer(port: listener.channel.localAddress!.port!, sharedGauge: sharedGauge, routes: routes)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask(executorPreference: OwnThread.loopbackServer) {
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
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            for try await part in inbound {
                switch part {
                case .head(let received): head = received
                case .body: continue
                case .end:
                    guard let request = head else { continue }
                    let keepOpen = try await answer(request, outbound, channel: connection.channel)
                    if !keepOpen { return }
                }
            }
        }
    }

    /// Returns false when the connection must close.
    private func answer(
        _ head: HTTPRequestHead, _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>, channel: any Channel
    ) async throws -> Bool {
        let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
        let count = counts.withLock { counts in
            counts[path, default: 0] += 1
            return counts[path]!
        }
        gauge.enter()
        sharedGauge?.enter()
        defer {
            gauge.leave()
            sharedGauge?.leave()
        }
        let isHead = head.method == .HEAD
        switch routes(LoopbackRequest(method: head.method.rawValue, path: path, count: count)) {
        case .respond(let status, let headers, let body):
            try await respond(status, headers: headers, body: body, isHead: isHead, outbound)
        case .delayed(let seconds, let status):
            try await Task.sleep(for: .seconds(seconds))
            try await respond(status, headers: [], body: "", isHead: isHead, outbound)
        case .close:
            return false
        case .hang:
            try await Task.sleep(for: .seconds(3_600))
            return false
        case .stream(let total):
            try await stream(total, outbound, channel: channel)
            return false
        }
        return true
    }

    private func respond(
        _ status: Int, headers: [(String, String)], body: String, isHead: Bool,
        _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>
    ) async throws {
        var fields = HTTPHeaders(headers)
        fields.replaceOrAdd(name: "content-length", value: "\(body.utf8.count)")
        try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: status), headers: fields)))
        if !isHead && !body.isEmpty { try await outbound.write(.body(.byteBuffer(ByteBuffer(string: body)))) }
        try await outbound.write(.end(nil))
    }

    /// Counts a chunk as sent only once the socket took it, so the count is what left this process.
    private func stream(
        _ total: Int, _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>, channel: any Channel
    ) async throws {
        var sent = 0
        defer { streamed.withLock { $0.append(sent) } }
        try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .ok)))
        let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 * 1024)
        while sent < total {
            try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(chunk))).get()
            sent += chunk.readableBytes
        }
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
    }
}
