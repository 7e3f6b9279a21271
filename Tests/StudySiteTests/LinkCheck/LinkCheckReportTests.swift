import Foundation
import Testing
@testable import StudySite

/// The four report formats over one fixed report.
@Suite struct LinkCheckReportTests {
    static let report: LinkCheckReport = {
        func link(_ url: String, _ page: String, _ line: Int) -> Link {
            Link(url: url, page: page, location: SourceLocation(path: "_site/\(page)", line: line))
        }
        return LinkCheckReport(
            siteDirectory: "_site",
            results: [
                LinkResult(link: link("a.html", "index.html", 3), status: .ok),
                LinkResult(link: link("https://x.test/old", "index.html", 9), status: .redirected(to: "https://x.test/new")),
                LinkResult(link: link("https://x.test/a|b", "notes/vpc.html", 12), status: .broken(status: 404)),
                LinkResult(link: link("#nope", "notes/vpc.html", 40), status: .missingAnchor("nope")),
                LinkResult(link: link("https://skip.test/", "notes/vpc.html", 41), status: .excluded),
            ],
            uniqueCount: 5, seconds: 1.234)
    }()

    @Test func summaryLineHasEveryCount() {
        #expect(Self.report.summary == "5 links (5 unique), 1 ok, 2 broken, 1 excluded, 1 redirected in 1.23 s")
        #expect(LinkCheckReport.formatSeconds(0.05) == "0.05" && LinkCheckReport.formatSeconds(12) == "12.00")
    }

    @Test func textGroupsProblemsByPage() {
        #expect(Self.report.rendered(as: .text) == """
            _site/index.html
              9: warning: https://x.test/old: permanently redirected to https://x.test/new
            _site/notes/vpc.html
              12: error: https://x.test/a|b: HTTP 404 Not Found
              40: error: #nope: no element with id "nope" on the target page
            5 links (5 unique), 1 ok, 2 broken, 1 excluded, 1 redirected in 1.23 s

            """)
    }

    @Test func githubFormatWritesAnnotations() {
        let lines = Self.report.rendered(as: .github).split(separator: "\n")
        #expect(lines[0] == "::warning file=_site/index.html,line=9::https://x.test/old: permanently redirected to https://x.test/new")
        #expect(lines[1] == "::error file=_site/notes/vpc.html,line=12::https://x.test/a|b: HTTP 404 Not Found")
        #expect(lines.count == 4)
        #expect(LinkCheckReport.property("a,b:c%") == "a%2Cb%3Ac%25")
    }

    @Test func markdownIsATableWithEscapedPipes() {
        let markdown = Self.report.rendered(as: .markdown)
        #expect(markdown.hasPrefix("### Link check: ❌ 2 broken links\n"))
        #expect(markdown.contains("| `notes/vpc.html` | 12 | https://x.test/a\\|b | error: HTTP 404 Not Found |"))
        #expect(markdown.hasSuffix("1 redirected in 1.23 s\n"))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let data = Data(Self.report.rendered(as: .json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "studysite-linkcheck/1")
        #expect(object["site"] as? String == "_site")
        #expect(object["ok"] as? Bool == false)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["links"] as? Int == 5 && summary["broken"] as? Int == 2 && summary["redirected"] as? Int == 1)
        #expect(summary["unique"] as? Int == 5 && summary["excluded"] as? Int == 1 && summary["ok"] as? Int == 1)
        #expect(summary["seconds"] as? Double == 1.23)
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == 3)
        #expect(problems[0]["verdict"] as? String == "redirected" && problems[0]["redirectedTo"] as? String == "https://x.test/new")
        #expect(problems[1]["status"] as? Int == 404 && problems[1]["severity"] as? String == "error")
        #expect(problems[1]["page"] as? String == "notes/vpc.html" && problems[1]["file"] as? String == "_site/notes/vpc.html")
        #expect(problems[1]["line"] as? Int == 12 && problems[1]["source"] as? String == "a[href]")
        #expect(problems[2]["verdict"] as? String == "missing-anchor" && problems[2]["anchor"] as? String == "nope")
    }
}
