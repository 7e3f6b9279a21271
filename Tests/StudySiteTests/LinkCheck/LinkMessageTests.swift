import Foundation
import NIOCore
import NIOPosix
import Testing
@testable import StudySite

/// Messages that say what is wrong, and verdicts as browsers read links.
@Suite struct LinkMessageTests {
    static let routes: @Sendable (LoopbackRequest) -> LoopbackAction = { request in
        switch request.path {
        case "/to-ftp": .respond(status: 301, headers: [("Location", "ftp://example.org/file.txt")])
        case "/to-javascript": .respond(status: 302, headers: [("Location", "javascript:alert(1)")])
        case "/to-file": .respond(status: 302, headers: [("Location", "file:///etc/hostname")])
        default: .respond(status: 200)
        }
    }

    @Test func redirectToAnotherSchemeSaysSo() async throws {
        try await LoopbackHTTPServer.with(routes: Self.routes) { server in
            for (path, target) in [("/to-ftp", "ftp://example.org/file.txt"), ("/to-javascript", "javascript:alert(1)"), ("/to-file", "file:///etc/hostname")] {
                let status = await ExternalLinkTests.verdict(server.url(path))
                #expect(status == .redirectsToUnsupportedScheme(target), "\(path)")
                #expect(status.message == "redirects to an unsupported scheme: \(target)")
            }
        }
    }

    /// Answers every connection with bytes that are not HTTP, then closes it.
    final class GarbageHandler: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = context.channel.allocator.buffer(string: "SSH-2.0-OpenSSH_9.6 not http at all\r\n\r\n")
            context.writeAndFlush(NIOAny(buffer)).whenComplete { _ in context.close(promise: nil) }
        }
    }

    @Test func nonHTTPReplyIsNotAnHTTPResponse() async throws {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.pipeline.addHandler(GarbageHandler()) }
            .bind(host: "127.0.0.1", port: 0).get()
        var options = ExternalLinkTests.options
        options.retries = 0
        let status = await ExternalLinkTests.verdict("http://127.0.0.1:\(channel.localAddress!.port!)/", options: options)
        try await channel.close()
        #expect(status == .unreachable(reason: .notHTTP))
        #expect(status.message == "not an HTTP response")
    }

    @Test func unresolvedHostsEverywhereEndWithTheOfflineHint() {
        func report(_ statuses: [(String, LinkStatus)]) -> LinkCheckReport {
            LinkCheckReport(siteDirectory: "_site", results: statuses.map { url, status in
                LinkResult(link: Link(url: url, page: "a.html", location: SourceLocation(path: "_site/a.html", line: 1)), status: status)
            }, uniqueCount: statuses.count)
        }
        let offline = report([("https://a.example/", .unreachable(reason: .hostNotFound)), ("b.html", .ok), ("https://b.example/", .unreachable(reason: .hostNotFound))])
        #expect(offline.hint == "hint: no external host could be resolved (no network?); --offline checks internal links only")
        #expect(report([("https://a.example/", .unreachable(reason: .hostNotFound)), ("https://b.example/", .ok)]).hint == nil)
        #expect(report([("b.html", .missingFile("b.html"))]).hint == nil)
    }

    @Test func textFragmentsNeedOnlyTheIdBeforeTheDirective() throws {
        let report = try InternalLinkTests.check([
            "index.html": InternalLinkTests.page("""
                <a href="other.html#:~:text=word">a</a>
                <a href="other.html#sec:~:text=word">b</a>
                <a href="other.html#nope:~:text=word">c</a>
                <a href="#:~:text=start,end">d</a>
                """),
            "other.html": InternalLinkTests.page("<h2 id=\"sec\">S</h2>"),
        ])
        let verdicts = InternalLinkTests.verdicts(report)
        #expect(verdicts["index.html other.html#:~:text=word"] == .ok)
        #expect(verdicts["index.html other.html#sec:~:text=word"] == .ok)
        #expect(verdicts["index.html other.html#nope:~:text=word"] == .missingAnchor("nope"))
        #expect(verdicts["index.html #:~:text=start,end"] == .ok)
    }

    @Test func malformedExternalURLsAreReportedOfflineToo() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["site/index.html": "<!DOCTYPE html><html><body>\n<a href=\"https://example]org/x\">x</a></body></html>\n"])
        let result = try runStudySite(["check-links", "site", "--offline"], in: folder.url)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("  2: error: https://example]org/x: malformed URL\n"), "\(result.stdout)")
    }
}
