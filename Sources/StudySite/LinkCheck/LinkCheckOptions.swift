import Foundation

/// How `check-links` behaves: the defaults, overridden by `linkcheck:` in
/// `site.yml`, overridden by command-line flags.
public struct LinkCheckOptions: Sendable, Equatable {
    /// Internal links only; no network.
    public var offline = false
    /// Seconds per HTTP request.
    public var timeout: Double = 20
    public var maxConcurrency = 32
    public var maxPerHost = 4
    public var retries = 2
    /// Regular expressions; a link whose URL (as written) matches one is not checked.
    public var exclude: [String] = []
    /// JSON file remembering URLs that worked, so later runs skip them.
    public var cachePath: String?
    /// Seconds a cached success stays valid.
    public var cacheTTL: Double = 86_400
    public var userAgent = "Mozilla/5.0 (compatible; studysite-linkcheck/1.0)"
    /// Seconds the whole run may take; URLs not checked by then are reported unreachable.
    public var maxDuration: Double = 600
    /// The first retry of a failed request waits this many seconds, doubling each time.
    public var retryBackoff: Double = 0.5
    /// A GET reads at most this much of a body.
    public var maxBodyBytes = 1 << 20
    public var maxRedirects = 10
    /// The site's published address (`base_url`, ending in `/`). Links under it are checked
    /// against the built files, not fetched: the new build is not online yet (lychee's
    /// `--remap`, html-proofer's `--swap-urls`).
    public var siteURL: String?

    public init() {}

    /// The defaults with the `linkcheck:` block of `site.yml` applied.
    init(settings: LinkCheckSettings) {
        if let value = settings.timeout { timeout = value }
        if let value = settings.maxConcurrency { maxConcurrency = value }
        if let value = settings.maxPerHost { maxPerHost = value }
        if let value = settings.retries { retries = value }
        if let value = settings.exclude { exclude = value }
        if let value = settings.cache { cachePath = value }
        if let value = settings.cacheTTL { cacheTTL = value }
        if let value = settings.userAgent { userAgent = value }
        if let value = settings.maxDuration { maxDuration = value }
    }

    /// Every problem with the values, so a user fixes them in one go.
    public func problems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func require(_ condition: Bool, _ message: String) {
            if !condition { problems.append(.error(message)) }
        }
        let limits = LinkCheckSettings.self
        let checks = [
            limits.problem(seconds: timeout, for: "--timeout", zeroAllowed: false, limit: limits.timeoutLimit),
            limits.problem(count: maxConcurrency, for: "--max-concurrency", range: limits.maxConcurrencyRange),
            limits.problem(count: maxPerHost, for: "--max-per-host", range: limits.maxPerHostRange),
            limits.problem(count: retries, for: "--retries", range: limits.retriesRange),
            limits.problem(seconds: cacheTTL, for: "--cache-ttl", zeroAllowed: true, limit: limits.cacheTTLLimit),
            limits.problem(seconds: maxDuration, for: "--max-duration", zeroAllowed: false, limit: limits.maxDurationLimit),
        ]
        problems += checks.compactMap { $0.map { Diagnostic.error($0) } }
        require(!userAgent.isEmpty && !userAgent.contains(where: \.isNewline), "--user-agent must be one non-empty line")
        for pattern in exclude {
            do {
                _ = try Regex(pattern)
            } catch {
                problems.append(.error("--exclude \"\(pattern)\" is not a valid regular expression: \(error)"))
            }
        }
        return problems
    }

    /// Parses `90`, `90s`, `15m`, `12h` or `1d` into seconds.
    public static func seconds(from text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let last = trimmed.last, let unit = units[last], let value = Double(trimmed.dropLast()), value.isFinite {
            return value * unit
        }
        if let value = Double(trimmed), value.isFinite { return value }
        return nil
    }
}

extension LinkCheckOptions {
    /// The defaults with a site's `site.yml` applied: its `linkcheck:` block and `base_url`.
    public init(config: SiteConfig) {
        self.init(settings: config.linkCheck)
        siteURL = config.baseURL
    }
}
