import Foundation
import Testing
@testable import StudySite

/// Whole runs over fixture sites citing a loopback server: de-duplication, limits, cache.
@Suite struct LinkCheckerRunTests {
    static func site(_ pages: [String: [String]]) throws -> (TemporaryDirectory, String) {
        let folder = try TemporaryDirectory()
        var files: [String: String] = [:]
        for (page, urls) in pages {
            files[page] = "<!DOCTYPE html><html><body>\n" + urls.map { "<a href=\"\($0)\">x</a>" }.joined(separator: "\n") + "\n</body></html>\n"
        }
        return (folder, try folder.write(files, under: "site"))
    }

    @Test func urlCitedOnSeveralPagesIsFetchedOnce() async throws {
        try await LoopbackHTTPServer.with(routes: ExternalLinkTests.routes) { server in
            let pages = Dictionary(uniqueKeysWithValues: (1...5).map { ("page\($0).html", [server.url("/ok"), server.url("/ok#part-\($0)"), server.url("/missing")]) })
            let (folder, site) = try Self.site(pages)
            let report = try await LinkChecker(siteDirectory: site, options: ExternalLinkTests.options).check()
            #expect(server.requests("/ok") == 1)
            #expect(server.requests("/missing") == 1)
            #expect(report.results.count == 15)
            #expect(report.uniqueCount == 2)
            #expect(report.okCount == 10 && report.brokenCount == 5)
            #expect(report.problems.map(\.link.page) == (1...5).map { "page\($0).html" })
            _ = folder
        }
    }

    @Test func perHostConcurrencyNeverExceedsTheLimit() async throws {
        try await LoopbackHTTPServer.with(routes: ExternalLinkTests.routes) { server in
            let (folder, site) = try Self.site(["index.html": (1...24).map { server.url("/slow/\($0)") }])
            var options = ExternalLinkTests.options
            options.maxPerHost = 3
            let report = try await LinkChecker(siteDirectory: site, options: options).check()
            #expect(report.okCount == 24)
            #expect(server.gauge.maximum <= 3)
            #expect(server.gauge.maximum >= 2, "requests ran one at a time")
            _ = folder
        }
    }

    @Test func globalLimitHoldsAcrossHosts() async throws {
        let shared = InFlightGauge()
        try await LoopbackHTTPServer.with(sharedGauge: shared, routes: ExternalLinkTests.routes) { first in
            try await LoopbackHTTPServer.with(sharedGauge: shared, routes: ExternalLinkTests.routes) { second in
                let urls = (1...12).flatMap { [first.url("/slow/\($0)"), second.url("/slow/\($0)")] }
                let (folder, site) = try Self.site(["index.html": urls])
                var options = ExternalLinkTests.options
                options.maxPerHost = 4
                options.maxConcurrency = 5
                let report = try await LinkChecker(siteDirectory: site, options: options).check()
                #expect(report.okCount == 24)
                #expect(first.gauge.maximum <= 4 && second.gauge.maximum <= 4)
                #expect(shared.maximum <= 5)
                #expect(shared.maximum >= 4, "the two hosts were not checked side by side")
                _ = folder
            }
        }
    }

    @Test func cacheSkipsRecentSuccessesButRechecksFailures() async throws {
        try await LoopbackHTTPServer.with(routes: ExternalLinkTests.routes) { server in
            let (folder, site) = try Self.site(["index.html": [server.url("/ok"), server.url("/missing"), server.url("/chain/1")]])
            var options = ExternalLinkTests.options
            options.cachePath = folder.path("links.json")
            let first = try await LinkChecker(siteDirectory: site, options: options).check()
            let second = try await LinkChecker(siteDirectory: site, options: options).check()
            #expect(server.requests("/ok") == 1)
            #expect(server.requests("/chain/1") == 1)
            #expect(server.requests("/missing") == 2)
            #expect(first.results.map(\.status) == second.results.map(\.status))
            let cache = try folder.read("links.json")
            #expect(cache.contains(server.url("/ok")) && !cache.contains(server.url("/missing")))

            options.cacheTTL = 0
            _ = try await LinkChecker(siteDirectory: site, options: options).check()
            #expect(server.requests("/ok") == 2, "an expired entry must be checked again")
        }
    }

    @Test func offlineRunSendsNoRequest() async throws {
        try await LoopbackHTTPServer.with(routes: ExternalLinkTests.routes) { server in
            let (folder, site) = try Self.site(["index.html": [server.url("/missing")]])
            var options = ExternalLinkTests.options
            options.offline = true
            let report = try await LinkChecker(siteDirectory: site, options: options).check()
            #expect(server.requests("/missing") == 0)
            #expect(!report.hasBroken && report.uncheckedExternal == 1)
            _ = folder
        }
    }

    @Test func excludedExternalURLIsNotRequested() async throws {
        try await LoopbackHTTPServer.with(routes: ExternalLinkTests.routes) { server in
            let (folder, site) = try Self.site(["index.html": [server.url("/missing"), server.url("/ok")]])
            var options = ExternalLinkTests.options
            options.exclude = ["/missing$"]
            let report = try await LinkChecker(siteDirectory: site, options: options).check()
            #expect(server.requests("/missing") == 0)
            #expect(report.excludedCount == 1 && report.okCount == 1 && !report.hasBroken)
            _ = folder
        }
    }
}
