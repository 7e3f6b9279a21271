/// Everything one run found, ready to print in any `LinkReportFormat`.
public struct LinkCheckReport: Sendable {
    /// The site directory as the user gave it.
    public var siteDirectory: String
    /// Every checked link, in page order then line order.
    var results: [LinkResult]
    /// Distinct targets among `results`.
    public var uniqueCount: Int
    /// External links left out by `--offline`.
    public var uncheckedExternal: Int
    public var seconds: Double
    /// Problems with the run itself, such as an unreadable cache.
    public var warnings: [Diagnostic]

    init(
        siteDirectory: String, results: [LinkResult], uniqueCount: Int, uncheckedExternal: Int = 0,
        seconds: Double = 0, warnings: [Diagnostic] = []
    ) {
        self.siteDirectory = siteDirectory
        self.results = results
        self.uniqueCount = uniqueCount
        self.uncheckedExternal = uncheckedExternal
        self.seconds = seconds
        self.warnings = warnings
    }

    public var okCount: Int { results.count { $0.status == .ok } }
    public var brokenCount: Int { results.count { $0.status.isBroken } }
    public var excludedCount: Int { results.count { $0.status == .excluded } }
    public var redirectedCount: Int {
        results.count {
            if case .redirected = $0.status { return true }
            return false
        }
    }

    public var hasBroken: Bool { brokenCount > 0 }

    /// Broken links and permanent redirects, in report order.
    var problems: [LinkResult] { results.filter { $0.diagnostic != nil } }

    /// Errors for broken links, warnings for redirects.
    public var diagnostics: [Diagnostic] { problems.compactMap(\.diagnostic) }

    /// `N links (M unique), X ok, Y broken, Z excluded, W redirected in T s`.
    public var summary: String {
        var line = "\(results.count) links (\(uniqueCount) unique), \(okCount) ok, \(brokenCount) broken, "
            + "\(excludedCount) excluded, \(redirectedCount) redirected in \(Self.formatSeconds(seconds)) s"
        if uncheckedExternal > 0 { line += " (offline: \(uncheckedExternal) external links not checked)" }
        return line
    }

    /// Advice for the end of the report: when no external host resolved, the machine is
    /// likely offline, and `--offline` checks what needs no network.
    public var hint: String? {
        let external = results.filter { $0.status != .excluded && LinkTarget($0.link.url).isExternal }
        guard !external.isEmpty, external.allSatisfy({ $0.status == .unreachable(reason: .hostNotFound) }) else { return nil }
        return "hint: no external host could be resolved (no network?); --offline checks internal links only"
    }

    static func formatSeconds(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// How `check-links` prints its report.
public enum LinkReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, github
}

extension LinkCheckReport {
    public func rendered(as format: LinkReportFormat) -> String {
        switch format {
        case .text: textReport()
        case .json: jsonReport()
        case .markdown: markdownReport()
        case .github: githubReport()
        }
    }
}
