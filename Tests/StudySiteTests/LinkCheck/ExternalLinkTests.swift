import Foundation
import Testing
@testable import StudySite

/// External checks against a loopback server started and stopped by each test.
@Suite struct ExternalLinkTests {
    /// Fast settings: short waits between retries, a request timeout well above loopback latency.
    static var options: LinkCheckOptions {
        var options = LinkCheckOptions()
        // Generous: on a loaded 2-core machine a loopback answer can take seconds, and a
        // timeout would add a retry to the request counts these tests assert.
        options.timeout = 15
        options.retryBackoff = 0.05
        options.retries = 2
        return options
    }

    static let routes: @Sendable (LoopbackRequest) -> LoopbackAction = { request in
        switch request.path {
        case "/ok": return .respond(status: 200, body: "hello")
        case "/missing": return .respond(status: 404)
        case "/gone": return .respond(status: 410)
        case "/no-head": return request.method == "HEAD" ? .respond(status: 405) : .respond(status: 200, body: "got it")
        case "/chain/1": return .respond(status: 301, headers: [("Location", "/chain/2")])
        case "/chain/2": return .respond(status: 308, headers: [("Location", "3")])
        case "/chain/3": return .respond(status: 200)
        case "/temporary": return .respond(status: 302, headers: [("Location", "/ok")])
        case "/moved-to-missing": return .respond(status: 301, headers: [("Location", "/missing")])
        case "/loop/a": return .respond(status: 301, headers: [("Location", "/loop/b")])
        case "/loop/b": return .respond(status: 301, headers: [("Location", "/loop/a")])
        case "/busy": return request.count == 1 ? .respond(status: 429, headers: [("Retry-After", "1")]) : .respond(status: 200)
        case "/busy-for-long": return request.count == 1 ? .respond(status: 429, headers: [("Retry-After", "120")]) : .respond(status: 200)
        case "/unavailable": return request.count == 1 ? .respond(status: 503) : .respond(status: 200)
        case "/error": return .respond(status: 500)
        case "/reset": return .close
        case "/hang": return .hang
        case "/huge": return request.method == "HEAD" ? .respond(status: 405) : .stream(bytes: 256 << 20)
        default:
            if request.path.hasPrefix("/endless/"), let step = Int(request.path.dropFirst("/endless/".count)) {
                return .respond(status: 302, headers: [("Location", "/endless/\(step + 1)")])
            }
            if request.path.hasPrefix("/slow/") { return .delayed(0.1, status: 200) }
            return .respond(status: 404)
        }
    }

    static func verdict(_ url: String, options: LinkCheckOptions = options) async -> LinkStatus {
        await ExternalChecker.withChecker(options: options, runDeadline: .now + .seconds(options.maxDuration)) { checker in
            await checker.check(url)
        }
    }

    static func withServer<Result: Sendable>(_ body: (LoopbackHTTPServer) async throws -> Result) async throws -> Result {
        try await LoopbackHTTPServer.with(routes: routes, body)
    }

    @Test func okNotFoundAndGoneGetTheirVerdicts() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/ok")) == .ok)
            #expect(await Self.verdict(server.url("/missing")) == .broken(status: 404))
            #expect(await Self.verdict(server.url("/gone")) == .broken(status: 410))
            // A 4xx is final: no retries.
            #expect(server.requests("/missing") == 1)
        }
    }

    @Test func refusedHeadFallsBackToGet() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/no-head")) == .ok)
            #expect(server.requests("/no-head") == 2)
        }
    }

    @Test func permanentRedirectChainReportsTheFinalURL() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/chain/1")) == .redirected(to: server.url("/chain/3")))
            #expect(await Self.verdict(server.url("/temporary")) == .ok)
            #expect(await Self.verdict(server.url("/moved-to-missing")) == .broken(status: 404))
        }
    }

    @Test func redirectLoopAndEndlessRedirectsAreCaught() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/loop/a")) == .redirectLoop)
            #expect(await Self.verdict(server.url("/endless/0")) == .tooManyRedirects)
            #expect(server.requests("/endless/10") == 1)
            #expect(server.requests("/endless/11") == 0)
        }
    }

    @Test func tooManyRequestsIsRetriedAfterRetryAfter() async throws {
        try await Self.withServer { server in
            let start = ContinuousClock.now
            #expect(await Self.verdict(server.url("/busy")) == .ok)
            #expect(start.duration(to: .now) >= .seconds(1))
            #expect(server.requests("/busy") == 2)
        }
    }

    @Test func retryAfterIsCappedByTheTimeout() async throws {
        var options = Self.options
        options.timeout = 0.5
        try await Self.withServer { server in
            let start = ContinuousClock.now
            #expect(await Self.verdict(server.url("/busy-for-long"), options: options) == .ok)
            // Far below the 120 s the server asked for, generous for a loaded machine.
            #expect(start.duration(to: .now) < .seconds(60))
        }
    }

    @Test func serviceUnavailableIsRetried() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/unavailable")) == .ok)
            #expect(server.requests("/unavailable") == 2)
        }
    }

    @Test func persistentServerErrorIsBrokenAfterEveryRetry() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/error")) == .broken(status: 500))
            #expect(server.requests("/error") == 3)
        }
    }

    @Test func connectionResetIsUnreachableAfterRetries() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/reset")) == .unreachable(reason: .connectionClosed))
            #expect(server.requests("/reset") == 3)
        }
    }

    @Test func serverThatNeverAnswersTimesOut() async throws {
        var options = Self.options
        options.timeout = 0.5
        options.retries = 0
        try await Self.withServer { server in
            let start = ContinuousClock.now
            #expect(await Self.verdict(server.url("/hang"), options: options) == .unreachable(reason: .timedOut))
            // The server never answers: any end at all is the timeout's doing; the bound only catches a hang.
            #expect(start.duration(to: .now) < .seconds(60))
        }
    }

    @Test func hugeBodyIsReadOnlyUpToOneMebibyte() async throws {
        try await Self.withServer { server in
            #expect(await Self.verdict(server.url("/huge")) == .ok)
            let hop = await ExternalChecker.withChecker(options: Self.options, runDeadline: .now + .seconds(10)) { checker in
                await checker.request("GET", server.url("/huge"))
            }
            guard case .response(200, _, _, let bodyBytes) = hop else {
                Issue.record("unexpected \(hop)")
                return
            }
            // We stop at 1 MiB; the last chunk read may overshoot by at most one network read.
            #expect(bodyBytes >= 1 << 20 && bodyBytes <= (1 << 20) + (256 << 10), "read \(bodyBytes) bytes")
            // Closing the connection ends both of the server's 256 MiB streams early: beyond the
            // 1 MiB we read, only the socket buffers (at most 32 MiB + 4 MiB on Linux) took any.
            let waitUntil = ContinuousClock.now + .seconds(30)
            while server.finishedStreams.count < 2 && ContinuousClock.now < waitUntil {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(server.finishedStreams.count == 2)
            #expect(server.finishedStreams.allSatisfy { $0 < 40 << 20 }, "server sent \(server.finishedStreams) bytes")
        }
    }

    @Test func runDeadlineStopsEveryPendingCheck() async throws {
        var options = Self.options
        options.timeout = 3_600
        options.maxDuration = 0.5
        try await Self.withServer { server in
            let start = ContinuousClock.now
            // The verdict says the run's deadline ended the request, not its hour-long timeout;
            // the bound only proves nothing waited for that hour, however loaded the machine.
            #expect(await Self.verdict(server.url("/hang"), options: options) == .unreachable(reason: .runDeadlineExceeded))
            #expect(start.duration(to: .now) < .seconds(120))
        }
    }

    @Test func malformedURLIsInvalid() async {
        #expect(await Self.verdict("http://") == .invalidURL)
    }
}
