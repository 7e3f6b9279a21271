import Foundation
import Testing

/// The real binary: exit statuses, formats on stdout, site.yml settings, `build --check-links`.
@Suite struct CheckLinksCommandTests {
    static let goodPage = "<!DOCTYPE html><html><body><h1 id=\"top-heading\">T</h1><a href=\"#top-heading\">self</a></body></html>\n"
    static let brokenPage = "<!DOCTYPE html><html><body>\n<a href=\"gone.html\">gone</a></body></html>\n"

    @Test func cleanSiteExitsZeroAndBrokenSiteExitsOne() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["good/index.html": Self.goodPage, "bad/index.html": Self.brokenPage])
        let good = try runStudySite(["check-links", "good", "--offline"], in: folder.url)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("1 links (1 unique), 1 ok, 0 broken, 0 excluded, 0 redirected in "))
        let bad = try runStudySite(["check-links", "bad", "--offline"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("bad/index.html\n  2: error: gone.html: no such file: gone.html\n"))
    }

    @Test func usageAndConfigurationErrorsExitTwo() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["site/index.html": Self.goodPage])
        for arguments in [
            ["check-links", "site", "--no-such-flag"],
            ["check-links", "site", "--format", "yaml"],
            ["check-links", "site", "--exclude", "("],
            ["check-links", "site", "--timeout", "soon"],
            ["check-links", "missing-site"],
            ["check-links", "site", "--content", "no-such-content"],
        ] {
            let result = try runStudySite(arguments, in: folder.url)
            #expect(result.status == 2, "\(arguments): status \(result.status), stderr \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func jsonReportGoesToStdout() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["site/index.html": Self.brokenPage])
        let result = try runStudySite(["check-links", "site", "--offline", "--format", "json"], in: folder.url)
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "studysite-linkcheck/1")
        #expect((object?["problems"] as? [[String: Any]])?.first?["verdict"] as? String == "missing-file")
    }

    @Test func siteYAMLSettingsApplyAndFlagsAddExcludes() throws {
        let folder = try TemporaryDirectory()
        try folder.write([
            "site/index.html": "<!DOCTYPE html><html><body><a href=\"gone.html\">1</a><a href=\"drafts/x.html\">2</a></body></html>\n",
            "content/site.yml": "title: T\nlinkcheck:\n  exclude: [\"^gone\\\\.html$\"]\n",
        ])
        let fromYAML = try runStudySite(["check-links", "site", "--offline"], in: folder.url)
        #expect(fromYAML.status == 1)
        #expect(fromYAML.stdout.contains("1 excluded"))
        let withFlag = try runStudySite(["check-links", "site", "--offline", "--exclude", "^drafts/"], in: folder.url)
        #expect(withFlag.status == 0, "\(withFlag.stdout)")
        #expect(withFlag.stdout.contains("2 excluded"))
    }

    @Test func buildWithCheckLinksFailsOnABrokenInternalLink() throws {
        let folder = try TemporaryDirectory()
        try folder.write([
            "content/site.yml": "title: Links\n",
            "content/intro.md": "---\ntitle: Intro\n---\n# Intro\n\nSee [the missing part](#nowhere) and [setup](setup.md#install).\n",
            "content/setup.md": "---\ntitle: Setup\n---\n# Setup\n\n## Install\n\nDone.\n",
        ])
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site", "--check-links"], in: folder.url)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        // The build itself finds a Markdown link to a missing heading, at the note's line.
        #expect(result.stderr.contains("content/intro.md:6:5: error: broken link #nowhere: no heading with id \"nowhere\" in content/intro.md"), "\(result.stderr)")
        #expect(!result.stderr.contains("setup.html#install"), "the anchor of a heading must be found")
    }
}

/// Numbers out of range are usage errors (exit 2), never a trap, from flags and from site.yml.
@Suite struct CheckLinksRangeTests {
    static let page = "<!DOCTYPE html><html><body><a href=\"http://127.0.0.1:9/x\">x</a></body></html>\n"

    @Test(arguments: [
        (["--timeout", "1e10"], "error: --timeout must be more than 0 and at most 3600 seconds, found 10000000000"),
        (["--max-duration", "1e300"], "error: --max-duration must be more than 0 and at most 604800 seconds"),
        (["--cache-ttl", "1e300"], "error: --cache-ttl must be 0 or more and at most 315576000 seconds"),
        (["--retries", "1000"], "error: --retries must be between 0 and 100, found 1000"),
    ])
    func outOfRangeFlagsAreUsageErrors(arguments: [String], message: String) throws {
        let folder = try TemporaryDirectory()
        try folder.write(["site/index.html": Self.page])
        let result = try runStudySite(["check-links", "site"] + arguments, in: folder.url)
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func outOfRangeSiteYAMLValuesNameTheirLine() throws {
        let folder = try TemporaryDirectory()
        try folder.write([
            "site/index.html": Self.page,
            "content/site.yml": "title: T\nlinkcheck:\n  timeout: 1e10\n",
        ])
        let result = try runStudySite(["check-links", "site"], in: folder.url)
        #expect(result.status == 2, "\(result.status) \(result.stderr)")
        #expect(result.stderr.contains("content/site.yml:3:12: error: linkcheck.timeout must be more than 0 and at most 3600 seconds, found 10000000000"), "\(result.stderr)")
    }
}
