/// The verdict on one link.
enum LinkStatus: Sendable, Hashable {
    case ok
    /// A permanent redirect (301/308) to another URL: still works, but the page should cite `to`.
    case redirected(to: String)
    /// The server answered with an error status (after any redirects and retries).
    case broken(status: Int)
    /// The fragment names no `id` (or `<a name>`) on the target page.
    case missingAnchor(String)
    /// No such file in the site directory; carries the resolved site-relative path.
    case missingFile(String)
    /// A relative link that climbs above the site directory.
    case escapesRoot
    /// A `mailto:` link without an address.
    case invalidMailto
    /// A `mailto:` link whose address (as written) lacks a local part or a domain.
    case invalidMailAddress(String)
    /// A `tel:` link without a number.
    case invalidTel
    /// `src=""` on an image, a script or a media file, which then fails to load.
    case emptyURL
    /// Not a URL that can be requested (no host, bad characters).
    case invalidURL
    case redirectLoop
    /// A redirect to a URL that is not http(s) (`ftp:`, `javascript:`, `file:`), which a browser will not follow.
    case redirectsToUnsupportedScheme(String)
    /// More redirects than the limit (10).
    case tooManyRedirects
    case unreachable(reason: UnreachableReason)
    /// Matched an `--exclude` pattern; not checked.
    case excluded

    /// Fails the run.
    public var isBroken: Bool {
        switch self {
        case .ok, .redirected, .excluded: false
        default: true
        }
    }
}

/// Why no HTTP answer came back.
enum UnreachableReason: Sendable, Hashable {
    /// No answer within `--timeout`.
    case timedOut
    /// The server closed or reset the connection without answering.
    case connectionClosed
    /// DNS knows no such host.
    case hostNotFound
    case connectionRefused
    /// The whole run reached `--max-duration` before this URL was checked.
    case runDeadlineExceeded
    /// Something answered, but not in HTTP (another protocol, garbage bytes).
    case notHTTP
    case other(String)
}

extension LinkStatus {
    /// A short human description, such as `HTTP 404 Not Found`.
    public var message: String {
        switch self {
        case .ok: "ok"
        case .redirected(let target): "permanently redirected to \(target)"
        case .broken(let status): HTTPStatusText.describe(status)
        case .missingAnchor(let anchor): "no element with id \"\(anchor)\" on the target page"
        case .missingFile(let path): "no such file: \(path)"
        case .escapesRoot: "points outside the site directory"
        case .invalidMailto: "mailto: link without an address"
        case .invalidMailAddress(let address): "mailto: address \"\(address)\" is invalid (it needs a name, @ and a domain)"
        case .invalidTel: "tel: link without a number"
        case .emptyURL: "empty URL: nothing to load"
        case .invalidURL: "malformed URL"
        case .redirectLoop: "redirect loop"
        case .redirectsToUnsupportedScheme(let target): "redirects to an unsupported scheme: \(target)"
        case .tooManyRedirects: "too many redirects"
        case .unreachable(let reason): reason.message
        case .excluded: "excluded"
        }
    }

    /// A stable lowercase name for machine-readable reports.
    public var verdict: String {
        switch self {
        case .ok: "ok"
        case .redirected: "redirected"
        case .broken: "broken"
        case .missingAnchor: "missing-anchor"
        case .missingFile: "missing-file"
        case .escapesRoot: "escapes-root"
        case .invalidMailto, .invalidMailAddress: "invalid-mailto"
        case .invalidTel: "invalid-tel"
        case .emptyURL: "empty-url"
        case .invalidURL: "invalid-url"
        case .redirectLoop: "redirect-loop"
        case .redirectsToUnsupportedScheme: "unsupported-redirect"
        case .tooManyRedirects: "too-many-redirects"
        case .unreachable: "unreachable"
        case .excluded: "excluded"
        }
    }
}

extension UnreachableReason {
    public var message: String {
        switch self {
        case .timedOut: "timed out"
        case .connectionClosed: "connection closed by the server"
        case .hostNotFound: "host not found"
        case .connectionRefused: "connection refused"
        case .runDeadlineExceeded: "not checked: the run reached --max-duration"
        case .notHTTP: "not an HTTP response"
        case .other(let text): text
        }
    }

    /// A stable name for machine-readable reports.
    public var code: String {
        switch self {
        case .timedOut: "timed-out"
        case .connectionClosed: "connection-closed"
        case .hostNotFound: "host-not-found"
        case .connectionRefused: "connection-refused"
        case .runDeadlineExceeded: "run-deadline-exceeded"
        case .notHTTP: "not-http"
        case .other: "network-error"
        }
    }
}

/// Reason phrases for the statuses people meet most.
enum HTTPStatusText {
    static func describe(_ status: Int) -> String {
        let phrases: [Int: String] = [
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 410: "Gone",
            429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
            500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        if let phrase = phrases[status] { return "HTTP \(status) \(phrase)" }
        return "HTTP \(status)"
    }
}
