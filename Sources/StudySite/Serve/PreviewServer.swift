import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The HTTP side of `serve`, on SwiftNIO's HTTP/1 server pipeline: files of the session's
/// latest good build (the reload script injected into HTML), the site's own 404 page, and
/// one event stream per open page announcing new builds.
public enum PreviewServer {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>
    typealias Outbound = NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>

    /// Listens on `host:port` (0 picks a free port) and serves until the task is cancelled.
    /// `listening` gets the bound port once connections are accepted.
    public static func run(
        session: PreviewSession, host: String, port: Int, listening: @Sendable (Int) -> Void
    ) async throws {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        listening(listener.channel.localAddress?.port ?? port)
        try await withTaskCancellationHandler {
            try await listener.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { await serve(connection, session: session) }
                    }
                }
            }
        } onCancel: {
            session.broadcaster.finishAll()
            listener.channel.close(promise: nil)
        }
    }

    private static func serve(_ connection: Connection, session: PreviewSession) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            for try await part in inbound {
                switch part {
                case .head(let received): head = received
                case .body: continue
                case .end:
                    guard let request = head else { continue }
                    head = nil
                    if request.uri.split(separator: "?").first.map(String.init) == LiveReload.eventsPath {
                        try await streamEvents(request, outbound, session: session)
                        return
                    }
                    try await answer(request, outbound, session: session)
                    if !request.isKeepAlive { return }
                }
            }
        }
    }

    private static func answer(_ request: HTTPRequestHead, _ outbound: Outbound, session: PreviewSession) async throws {
        guard request.method == .GET || request.method == .HEAD else {
            return try await send(.methodNotAllowed, text: "Only GET and HEAD are served.\n", request, outbound, extra: [("allow", "GET, HEAD")])
        }
        switch SitePath.resolve(request.uri, root: session.siteRoot) {
        case .file(let path):
            if let failure = await prepare(path, session: session) {
                return try await send(.internalServerError, text: "Could not make this page:\n\(failure)\n", request, outbound)
            }
            try await sendFile(path, status: .ok, request, outbound, session: session)
        case .redirect(let location):
            try await send(.movedPermanently, text: "", request, outbound, extra: [("location", location)])
        case .forbidden:
            try await send(.forbidden, text: "Forbidden: this path cannot name a file of the site.\n", request, outbound)
        case .notFound:
            let page = session.siteRoot + "/404.html"
            if FileManager.default.isReadableFile(atPath: page) {
                try await sendFile(page, status: .notFound, request, outbound, session: session)
            } else {
                try await send(.notFound, text: "Not found.\n", request, outbound)
            }
        }
    }

    /// `session.prepare`, off Swift's shared threads: it may wait for a build, then make the
    /// print page, and two blocked threads are the whole pool on a 2-core machine.
    private static func prepare(_ path: String, session: PreviewSession) async -> BuildFailure? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(BuildFailure) {
                    try session.prepare(path)
                    continuation.resume(returning: nil)
                } catch {
                    continuation.resume(returning: error)
                }
            }
        }
    }

    private static func sendFile(_ path: String, status: HTTPResponseStatus, _ request: HTTPRequestHead, _ outbound: Outbound, session: PreviewSession) async throws {
        guard var bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else {
            return try await send(.notFound, text: "Not found.\n", request, outbound)
        }
        let type = ContentType.of(path: path)
        if type.hasPrefix("text/html") {
            bytes = Array(LiveReload.inject(into: String(decoding: bytes, as: UTF8.self), errors: session.errors).utf8)
        }
        try await respond(status, type: type, body: bytes, request, outbound)
    }

    private static func send(_ status: HTTPResponseStatus, text: String, _ request: HTTPRequestHead, _ outbound: Outbound, extra: [(String, String)] = []) async throws {
        try await respond(status, type: "text/plain; charset=utf-8", body: Array(text.utf8), request, outbound, extra: extra)
    }

    private static func respond(_ status: HTTPResponseStatus, type: String, body: [UInt8], _ request: HTTPRequestHead, _ outbound: Outbound, extra: [(String, String)] = []) async throws {
        var headers = HTTPHeaders([("content-type", type), ("content-length", "\(body.count)"), ("cache-control", "no-store")])
        headers.add(contentsOf: extra)
        if !request.isKeepAlive { headers.add(name: "connection", value: "close") }
        try await outbound.write(.head(HTTPResponseHead(version: request.version, status: status, headers: headers)))
        if request.method != .HEAD, !body.isEmpty {
            try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: body))))
        }
        try await outbound.write(.end(nil))
    }

    /// Server-Sent Events: the current generation at once, then each new one, until the
    /// page goes away or the server stops.
    private static func streamEvents(_ request: HTTPRequestHead, _ outbound: Outbound, session: PreviewSession) async throws {
        let headers = HTTPHeaders([("content-type", "text/event-stream"), ("cache-control", "no-store")])
        try await outbound.write(.head(HTTPResponseHead(version: request.version, status: .ok, headers: headers)))
        let (id, generations) = session.broadcaster.subscribe(current: session.generation)
        defer { session.broadcaster.cancel(id) }
        for await generation in generations {
            try await outbound.write(.body(.byteBuffer(ByteBuffer(string: "data: \(generation)\n\n"))))
        }
        try? await outbound.write(.end(nil))
    }
}
