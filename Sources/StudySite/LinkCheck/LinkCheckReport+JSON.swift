import Foundation

extension LinkCheckReport {
    /// Schema `studysite-linkcheck/1`, documented in README.md: new keys may be added, none removed or renamed.
    struct JSONReport: Encodable {
        struct Summary: Encodable {
            var links: Int
            var unique: Int
            var ok: Int
            var broken: Int
            var excluded: Int
            var redirected: Int
            var uncheckedExternal: Int
            var seconds: Double
        }

        struct Problem: Encodable {
            var page: String
            var file: String
            var line: Int
            var url: String
            var source: String
            var severity: String
            var verdict: String
            var message: String
            var status: Int?
            var redirectedTo: String?
            var anchor: String?
            var reason: String?
            /// Where the link was written (the note, a template), when the content is known.
            var writtenIn: String?
            var writtenLine: Int?
            var writtenColumn: Int?
        }

        var schema = "studysite-linkcheck/1"
        var site: String
        var ok: Bool
        var summary: Summary
        var problems: [Problem]
    }

    func jsonReport() -> String {
        let report = JSONReport(
            site: siteDirectory, ok: !hasBroken,
            summary: .init(
                links: results.count, unique: uniqueCount, ok: okCount, broken: brokenCount, excluded: excludedCount,
                redirected: redirectedCount, uncheckedExternal: uncheckedExternal, seconds: (seconds * 100).rounded() / 100),
            problems: problems.map(Self.problem))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func problem(_ result: LinkResult) -> JSONReport.Problem {
        var problem = JSONReport.Problem(
            page: result.link.page, file: result.link.location.path, line: result.link.location.line,
            url: result.link.url, source: result.link.source,
            severity: result.status.isBroken ? "error" : "warning",
            verdict: result.status.verdict, message: result.status.message)
        if let origin = result.link.origin {
            problem.writtenIn = origin.path
            problem.writtenLine = origin.line > 0 ? origin.line : nil
            problem.writtenColumn = origin.column > 0 ? origin.column : nil
        }
        switch result.status {
        case .broken(let status): problem.status = status
        case .redirected(let target): problem.redirectedTo = target
        case .missingAnchor(let anchor): problem.anchor = anchor
        case .unreachable(let reason): problem.reason = reason.code
        default: break
        }
        return problem
    }
}
