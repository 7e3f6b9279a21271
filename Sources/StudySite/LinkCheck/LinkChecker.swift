import Foundation

/// Checks every link of a built site: internal files and anchors from disk,
/// external URLs over HTTP (each distinct URL once), then one report.
public struct LinkChecker: Sendable {
    public var siteDirectory: String
    public var options: LinkCheckOptions
    /// Where each link was written; without it findings point at the HTML.
    public var sources: LinkSources?

    public init(siteDirectory: String, options: LinkCheckOptions = LinkCheckOptions(), sources: LinkSources? = nil) {
        self.siteDirectory = siteDirectory
        self.options = options
        self.sources = sources
    }

    /// Internal links and anchors only, without network: what `build --check-links` runs.
    public func checkInternal() throws(BuildFailure) -> LinkCheckReport {
        let start = ContinuousClock.now
        var plan = try makePlan()
        plan.report.uncheckedExternal = plan.external.values.reduce(0) { $0 + $1.count }
        plan.report.seconds = Self.seconds(since: start)
        return plan.report
    }

    /// The whole check; external URLs too unless `options.offline`.
    /// Throws only for problems with the run itself (no site, bad options), never for broken links.
    public func check(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws(BuildFailure) -> LinkCheckReport {
        let start = ContinuousClock.now
        var plan = try makePlan()
        if options.offline {
            plan.report.uncheckedExternal = plan.external.values.reduce(0) { $0 + $1.count }
            plan.report.seconds = Self.seconds(since: start)
            return plan.report
        }
        let log = DiagnosticLog()
        var cache = options.cachePath.map { LinkCache.load(path: $0, log: log) } ?? LinkCache()
        let now = Date()
        var verdicts: [String: LinkStatus] = [:]
        var toFetch: [String] = []
        // In order of first citation: pages cite a mix of hosts and of fast and slow URLs, and
        // mixing them keeps every host's slots busy (sorted URLs would bunch each host together).
        for url in plan.externalOrder {
            if let cached = cache.status(for: url, ttl: options.cacheTTL, now: now) {
                verdicts[url] = cached
            } else {
                toFetch.append(url)
            }
        }
        let fetched = await fetch(toFetch, runDeadline: start + .seconds(options.maxDuration), progress: progress)
        verdicts.merge(fetched) { _, new in new }
        if let path = options.cachePath {
            for (url, status) in fetched { cache.record(status, for: url, now: Date()) }
            cache.prune(ttl: options.cacheTTL, now: Date())
            do {
                try cache.save(path: path)
            } catch {
                log.report(.warning("cannot write the link cache: \(error)", at: SourceLocation(path: path)))
            }
        }
        plan.report.uniqueCount += plan.external.count
        for (url, links) in plan.external {
            for link in links { plan.report.results.append(LinkResult(link: link, status: verdicts[url] ?? .invalidURL)) }
        }
        plan.report.results.sort(by: Self.reportOrder)
        plan.report.warnings += log.all
        plan.report.seconds = Self.seconds(since: start)
        return plan.report
    }

    private func fetch(
        _ urls: [String], runDeadline: ContinuousClock.Instant, progress: (@Sendable (Int, Int) -> Void)?
    ) async -> [String: LinkStatus] {
        guard !urls.isEmpty else { return [:] }
        return await ExternalChecker.withChecker(options: options, runDeadline: runDeadline) { checker in
            await withTaskGroup(of: (String, LinkStatus).self) { group in
                for url in urls {
                    group.addTask { (url, await checker.check(url)) }
                }
                var verdicts: [String: LinkStatus] = [:]
                for await (url, status) in group {
                    verdicts[url] = status
                    progress?(verdicts.count, urls.count)
                }
                return verdicts
            }
        }
    }

    /// What the pages cite, with every verdict that needs no network already given.
    struct Plan {
        var report: LinkCheckReport
        /// External URLs (without fragment) and the links citing them.
        var external: [String: [Link]]
        /// The keys of `external` in order of first citation (pages by path, links by line).
        var externalOrder: [String]
    }

    func makePlan() throws(BuildFailure) -> Plan {
        let problems = options.problems()
        if !problems.isEmpty { throw BuildFailure(problems) }
        let excludes = options.exclude.compactMap { try? Regex($0) }
        let scan = try SiteScanner(siteDirectory: siteDirectory).scan()
        // Two file names can be one String (é composed and decomposed): their anchors merge.
        let checker = InternalChecker(
            files: scan.files, anchors: Dictionary(scan.pages.map { ($0.path, $0.anchors) }, uniquingKeysWith: { $0.union($1) }))
        var results: [LinkResult] = []
        var external: [String: [Link]] = [:]
        var externalOrder: [String] = []
        var targets: Set<String> = []
        for page in scan.pages {
            var locator = sources?.locator(forPage: page.path)
            for var link in page.links {
                link.origin = locator?.origin(of: link.url)
                let url = page.base.map { BaseURL.resolve(link.url, against: $0) } ?? link.url
                if excludes.contains(where: { link.url.contains($0) || url.contains($0) }) {
                    targets.insert("excluded " + url)
                    results.append(LinkResult(link: link, status: .excluded))
                    continue
                }
                if link.url.isEmpty, link.fetchesResource {
                    targets.insert("empty " + link.page)
                    results.append(LinkResult(link: link, status: .emptyURL))
                    continue
                }
                switch LinkTarget(url, siteURL: options.siteURL) {
                case .skipped:
                    continue
                case .mailto(let rest):
                    targets.insert("mailto:" + rest)
                    results.append(LinkResult(link: link, status: LinkTarget.mailtoVerdict(rest)))
                case .tel(let rest):
                    targets.insert("tel:" + rest)
                    results.append(LinkResult(link: link, status: LinkTarget.isValidTel(rest) ? .ok : .invalidTel))
                case .file(let path):
                    targets.insert("file:" + path)
                    results.append(LinkResult(link: link, status: !path.isEmpty && FileManager.default.fileExists(atPath: path) ? .ok : .missingFile(path.isEmpty ? url : path)))
                case .local(let path, let fragment):
                    let resolution = checker.resolve(path, from: page.path)
                    switch resolution {
                    case .file(let file), .missing(let file): targets.insert("\(file)#\(fragment ?? "")")
                    case .escapes: targets.insert("escapes " + url)
                    }
                    results.append(LinkResult(link: link, status: checker.verdict(for: resolution, fragment: fragment)))
                case .external(let url) where ExternalChecker.hostKey(of: url) == nil:
                    // Malformed (`https://example]org/x`): no network needed to tell, so in every mode.
                    targets.insert("invalid " + url)
                    results.append(LinkResult(link: link, status: .invalidURL))
                case .external(let url):
                    if external[url] == nil { externalOrder.append(url) }
                    external[url, default: []].append(link)
                }
            }
        }
        results.sort(by: Self.reportOrder)
        let report = LinkCheckReport(siteDirectory: siteDirectory, results: results, uniqueCount: targets.count)
        return Plan(report: report, external: external, externalOrder: externalOrder)
    }

    static func reportOrder(_ lhs: LinkResult, _ rhs: LinkResult) -> Bool {
        (lhs.link.page, lhs.link.location.line, lhs.link.url) < (rhs.link.page, rhs.link.location.line, rhs.link.url)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        start.duration(to: .now).seconds
    }
}
