import Foundation
import Testing
@testable import StudySite

/// Links of other schemes than the site's own pages: `mailto:`, `tel:`, `file:` and bare fragments.
extension InternalLinkTests {
    @Test func mailtoNeedsAnAddress() throws {
        let report = try Self.check(["index.html": Self.page("""
            <a href="mailto:">empty</a>
            <a href="mailto:?subject=Hello">subject only</a>
            <a href="mailto:student">no domain</a>
            <a href="mailto:student@example.org?subject=Hi">fine</a>
            <a href="MAILTO:a@example.org,b@example.org">two</a>
            """)])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html mailto:"] == .invalidMailto)
        #expect(verdicts["index.html mailto:?subject=Hello"] == .invalidMailto)
        #expect(verdicts["index.html mailto:student"] == .invalidMailAddress("student"))
        #expect(LinkStatus.invalidMailAddress("student").message == "mailto: address \"student\" is invalid (it needs a name, @ and a domain)")
        #expect(verdicts["index.html mailto:student@example.org?subject=Hi"] == .ok)
        #expect(verdicts["index.html MAILTO:a@example.org,b@example.org"] == .ok)
    }

    @Test func topAndEmptyFragmentsAndNonWebSchemesPass() throws {
        let report = try Self.check(["index.html": Self.page("""
            <a href="#">top</a><a href="#top">top</a><a href="">self</a>
            <a href="tel:+441234">call</a><a href="javascript:void(0)">js</a><a href="data:text/plain,hi">data</a>
            """)])
        #expect(report.results.map(\.status) == [.ok, .ok, .ok, .ok])
        #expect(report.results.map(\.link.url) == ["", "#", "#top", "tel:+441234"])
    }

    @Test func telNeedsANumber() throws {
        let report = try Self.check(["index.html": Self.page("<a href=\"tel:\">a</a><a href=\"tel:%20\">b</a><a href=\"tel:+1-555-0100\">c</a>")])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html tel:"] == .invalidTel)
        #expect(verdicts["index.html tel:%20"] == .invalidTel)
        #expect(verdicts["index.html tel:+1-555-0100"] == .ok)
    }

    @Test func fileURLsAreLookedForOnThisMachine() throws {
        let folder = try TemporaryDirectory()
        let existing = try folder.write(["here.txt": "x"], under: "elsewhere") + "/here.txt"
        let report = try Self.check(["index.html": Self.page("<a href=\"file://\(existing)\">1</a><a href=\"file:///nonexistent-studysite/x.html\">2</a>")])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html file://\(existing)"] == .ok)
        #expect(verdicts["index.html file:///nonexistent-studysite/x.html"] == .missingFile("/nonexistent-studysite/x.html"))
    }

    /// `file:index.html` names no absolute path, `file://host/…` another machine: neither is
    /// looked for relative to wherever the checker runs.
    @Test func fileURLsWithoutALocalAbsolutePathAreMissing() throws {
        let report = try Self.check(["index.html": Self.page("<a href=\"file:index.html\">1</a><a href=\"file://fileserver/index.html\">2</a>")])
        let verdicts = Self.verdicts(report)
        #expect(verdicts["index.html file:index.html"] == .missingFile("file:index.html"))
        #expect(verdicts["index.html file://fileserver/index.html"] == .missingFile("file://fileserver/index.html"))
    }
}
