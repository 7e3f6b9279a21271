import AsyncHTTPClient
import Foundation

/// Checks http(s) URLs; the only door to AsyncHTTPClient.
///
/// HEAD first, GET when HEAD is refused; redirects are followed here, hop by
/// hop, so every hop waits for a slot of its own host and loops are caught.
/// Every request has a deadline (`timeout`, and never past the run's deadline)
/// that covers the body too, and a GET reads at most `maxBodyBytes`.
struct ExternalChecker: Sendable {
    let client: HTTPClient
    let options: LinkCheckOptions
    let limiter: ConcurrencyLimiter
    let runDeadline: ContinuousClock.Instant

    /// Runs `body` with a checker whose one HTTP client is shut down afterwards.
    static func withChecker<Result: Sendable>(
        options: LinkCheckOptions, runDeadline: ContinuousClock.Instant,
        _ body: (ExternalChecker) async -> Result
    ) async -> Result {
        let timeout = Int64(options.timeout * 1e9)
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(timeout), read: .nanoseconds(timeout)))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = options.maxPerHost
        // A refused connection is a verdict, not something to retry until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let checker = ExternalChecker(
            client: client, options: options,
            limiter: ConcurrencyLimiter(perHost: options.maxPerHost, total: options.maxConcurrency),
            runDeadline: runDeadline)
        let result = await body(checker)
        // Shutting down waits for connections still being made (a TLS handshake that stalls,
        // up to the connect timeout); the run's deadline does not.
        _ = await StudySite.result(before: runDeadline + .milliseconds(200)) { try? await client.shutdown() }
        return result
    }

    /// The verdict on `url` (an absolute http(s) URL without fragment), after retries.
    func check(_ url: String) async -> LinkStatus {
        guard ExternalChecker.hostKey(of: url) != nil else { return .invalidURL }
        let policy = RetryPolicy(retries: options.retries, backoff: options.retryBackoff, cap: options.timeout)
        var attempt = 0
        while true {
            let outcome = await follow(url)
            let verdict: LinkStatus
            var retryStatus: Int?
            var retryAfter: String?
            switch outcome {
            case .answered(let status, let finalURL, let permanent, let after):
                if (200...299).contains(status) {
                    return permanent && finalURL != url ? .redirected(to: finalURL) : .ok
                }
                verdict = .broken(status: status)
                guard RetryPolicy.isRetryable(status: status) else { return verdict }
                retryStatus = status
                retryAfter = after
            case .failed(let status):
                return status
            case .unreachable(let reason):
                verdict = .unreachable(reason: reason)
                if reason == .runDeadlineExceeded { return verdict }
            }
            guard attempt < options.retries else { return verdict }
            let wait = policy.delay(afterAttempt: attempt, status: retryStatus, retryAfter: retryAfter)
            // Do not sleep past the run's deadline: report what we saw instead.
            guard ContinuousClock.now + .seconds(wait) < runDeadline else { return verdict }
            try? await Task.sleep(for: .seconds(wait))
            attempt += 1
        }
    }

    enum Outcome: Sendable {
        /// The final answer of the redirect chain; `permanent` when its first hop was 301/308.
        case answered(status: Int, finalURL: String, permanent: Bool, retryAfter: String?)
        case failed(LinkStatus)
        case unreachable(UnreachableReason)
    }

    /// One pass over the redirect chain starting at `url`.
    func follow(_ url: String) async -> Outcome {
        var current = url
        var method = "HEAD"
        var visited: Set<String> = [url]
        var redirects = 0
        var permanent: Bool?
        while true {
            let hop = await request(method, current)
            guard case .response(let status, let location, let retryAfter, _) = hop else {
                if case .unreachable(let reason) = hop { return .unreachable(reason) }
                return .failed(.invalidURL)
            }
            if method == "HEAD", [400, 403, 405, 501].contains(status) {
                method = "GET"
                continue
            }
            guard [301, 302, 303, 307, 308].contains(status), let location else {
                return .answered(status: status, finalURL: current, permanent: permanent ?? false, retryAfter: retryAfter)
            }
            guard let base = URL(string: current), let resolved = URL(string: location, relativeTo: base)?.absoluteString else {
                return .failed(.invalidURL)
            }
            if let scheme = LinkTarget.scheme(of: resolved), scheme != "http", scheme != "https" {
                return .failed(.redirectsToUnsupportedScheme(resolved))
            }
            guard ExternalChecker.hostKey(of: resolved) != nil else { return .failed(.invalidURL) }
            let next = LinkTarget.droppingFragment(resolved)
            if permanent == nil { permanent = status == 301 || status == 308 }
            redirects += 1
            if !visited.insert(next).inserted { return .failed(.redirectLoop) }
            if redirects > options.maxRedirects { return .failed(.tooManyRedirects) }
            current = next
        }
    }

    enum Hop: Sendable {
        /// `bodyBytes`: how much of the body was read (at most `maxBodyBytes` plus one chunk).
        case response(status: Int, location: String?, retryAfter: String?, bodyBytes: Int)
        case unreachable(UnreachableReason)
        case invalid
    }

    /// One HTTP request, holding a slot of its host and of the run while it lasts.
    func request(_ method: String, _ url: String) async -> Hop {
        guard let host = ExternalChecker.hostKey(of: url) else { return .invalid }
        return await limiter.withSlot(host: host) { () async -> Hop in
            let deadline = min(ContinuousClock.now + .seconds(options.timeout), runDeadline)
            let expired: Hop = .unreachable(deadline == runDeadline ? .runDeadlineExceeded : .timedOut)
            guard ContinuousClock.now < deadline else { return expired }
            do {
                return try await exchange(method, url, deadline: deadline)
            } catch is DeadlineExceeded {
                return expired
            } catch {
                let hop = ExternalChecker.classify(error)
                if case .unreachable(.timedOut) = hop { return expired }
                return hop
            }
        }
    }

    private func exchange(_ method: String, _ url: String, deadline: ContinuousClock.Instant) async throws -> Hop {
        var request = HTTPClientRequest(url: url)
        request.method = method == "HEAD" ? .HEAD : .GET
        request.headers.add(name: "User-Agent", value: options.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,*/*;q=0.8")
        let remaining = ContinuousClock.now.duration(to: deadline)
        let nanoseconds = max(1, remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000)
        // The client's deadline covers the request up to the response head...
        let response = try await client.execute(request, timeout: .nanoseconds(nanoseconds))
        // ...but not the body, so reading one races the deadline. A HEAD answer has none, but
        // still needs reading to its end: dropping it early would make the client close the connection.
        let limit = options.maxBodyBytes
        let body = response.body
        let received = method == "HEAD"
            ? try await Self.read(body, upTo: limit)
            : try await withDeadline(deadline) { try await Self.read(body, upTo: limit) }
        return .response(
            status: Int(response.status.code),
            location: response.headers.first(name: "location"),
            retryAfter: response.headers.first(name: "retry-after"),
            bodyBytes: received)
    }

    /// Reads a little of a body so small answers free their connection; stops at `limit`,
    /// which makes the client close the connection instead of downloading the rest.
    private static func read(_ body: HTTPClientResponse.Body, upTo limit: Int) async throws -> Int {
        var received = 0
        for try await chunk in body {
            received += chunk.readableBytes
            if received >= limit { break }
        }
        return received
    }

    static func classify(_ error: any Error) -> Hop {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout, .cancelled:
                return .unreachable(.timedOut)
            case .remoteConnectionClosed:
                return .unreachable(.connectionClosed)
            case .invalidURL, .emptyHost, .emptyScheme:
                return .invalid
            default:
                return .unreachable(.other(String(describing: error)))
            }
        }
        // NIOHTTP1's parser failing on the reply ("invalid constant string" for garbage bytes):
        // named by type, as NIO's errors below are, without importing NIO.
        if String(reflecting: type(of: error)).hasSuffix("HTTPParserError") { return .unreachable(.notHTTP) }
        // NIO's socket errors are not visible from here without importing NIO; their descriptions are stable.
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("reset by peer") || text.localizedCaseInsensitiveContains("broken pipe") {
            return .unreachable(.connectionClosed)
        }
        if text.contains("UnknownHost") { return .unreachable(.hostNotFound) }
        if text.localizedCaseInsensitiveContains("connection refused") { return .unreachable(.connectionRefused) }
        return .unreachable(.other(text))
    }

    /// `host:port`, the key of the per-host limit; nil unless an http(s) URL with a host.
    static func hostKey(of url: String) -> String? {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parsed.host, !host.isEmpty
        else { return nil }
        return "\(host.lowercased()):\(parsed.port ?? (scheme == "https" ? 443 : 80))"
    }
}

struct DeadlineExceeded: Error {}

/// Runs `operation`, cancelling it at `deadline`.
func withDeadline<Result: Sendable>(
    _ deadline: ContinuousClock.Instant, _ operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
