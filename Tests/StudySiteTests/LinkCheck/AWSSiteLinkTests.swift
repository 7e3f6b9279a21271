import Foundation
import Testing
@testable import StudySite

/// The real course, built as `make site` builds it, has no broken internal link or anchor.
@Suite struct AWSSiteLinkTests {
    @Test func builtAWSSiteHasNoBrokenInternalLinks() throws {
        let report = try LinkChecker(siteDirectory: AWSSite.built().output).checkInternal()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        // Navigation alone gives every page dozens of links; a near-empty count means the extractor broke.
        #expect(report.results.count > 500)
        #expect(report.results.contains { $0.link.url.contains("#") && $0.status == .ok })
        #expect(report.uncheckedExternal > 0)
    }
}
