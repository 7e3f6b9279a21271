import Foundation
import Testing

/// A small Obsidian vault (Tests/StudySiteTests/Fixtures/obsidian-vault: folders, wikilinks of
/// every form, embeds of notes, sections and images, callouts, `.obsidian/`, attachments)
/// builds as it is through the real command, its links checked.
@Suite struct ObsidianVaultTests {
    /// The vault built into `_site` of a new folder (each test builds its own: the folder goes with it).
    static func build() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Repository.fixtures.appendingPathComponent("obsidian-vault/content").path, toPath: folder.path("content"))
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let result = try runStudySite(["build", "content", "-o", "_site", "--check-links"], in: folder.url)
        guard result.status == 0, !result.stderr.contains(": error:"), !result.stderr.contains(": warning:"), result.stderr.contains("0 broken") else {
            throw CommandFailure(description: result.stderr)
        }
        return folder
    }

    struct CommandFailure: Error, CustomStringConvertible {
        var description: String
    }

    @Test func linksResolveAcrossFolders() throws {
        let site = try Self.build()
        let home = try site.read("_site/home.html")
        for link in [
            "<a href=\"networking/vpc-basics.html\">VPC Basics</a>", "<a href=\"networking/vpc-basics.html#subnets\">the subnets part</a>",
            "<a href=\"networking/routing.html\">networking/Routing</a>", "<a href=\"home.html#start-here\">Start here</a>",
            "<a href=\"security/nacls.html\">Network ACLs</a>",
        ] {
            #expect(home.contains(link), "no \(link)")
        }
        #expect(try site.read("_site/networking/vpc-basics.html").contains("<a href=\"../networking/routing.html#default-route\">Routing &gt; Default route</a>"))
        #expect(home.contains("<code>[[Not a link]]</code>") && home.contains("[[Not a link either]]\n![[Not an embed]]\n</code></pre>"))
    }

    @Test func embedsShowTheNoteTheSectionAndTheImages() throws {
        let site = try Self.build()
        let home = try site.read("_site/home.html")
        #expect(home.contains("<aside class=\"embed\">\n<p class=\"embed-source\"><a href=\"networking/subnet-cheatsheet.html#cidr-sizes\">Subnet cheat sheet › CIDR sizes</a></p>\n<h2>\nCIDR sizes\n</h2>"))
        #expect(home.contains("A /28 is the smallest subnet.") && !home.contains("192.168.0.0/16"))
        #expect(home.contains("<img src=\"attachments/diagram.png\" alt=\"diagram\" loading=\"lazy\">"))
        #expect(home.contains("<img src=\"attachments/Network%20Map.png\" alt=\"Network Map\" width=\"120\" loading=\"lazy\">"))
        let plan = try site.read("_site/study-plan.html")
        #expect(plan.contains("<p class=\"embed-source\"><a href=\"checklist.html\">Checklist</a></p>\n<ol>"))
        let reading = try site.read("_site/reading-list.html")
        #expect(reading.contains("<a href=\"study-plan.html#week-1\">Study plan › Week 1</a>") && !reading.contains("Week 2"))
        for image in ["diagram.png", "Network Map.png"] {
            let copied = try Data(contentsOf: site.url.appendingPathComponent("_site/attachments/" + image))
            #expect(copied == (try Data(contentsOf: site.url.appendingPathComponent("content/attachments/" + image))))
        }
        #expect(!FileManager.default.fileExists(atPath: site.path("_site/.obsidian")))
    }

    @Test func calloutsOfSeveralKindsAreRendered() throws {
        let site = try Self.build()
        let home = try site.read("_site/home.html")
        for html in [
            "<aside class=\"callout callout-note\">\n<p class=\"callout-title\">\nHow this vault is laid out\n</p>",
            "<aside class=\"callout callout-tip\">\n<p class=\"callout-title\">\nTip\n</p>",
            "<details class=\"callout callout-question\">\n<summary class=\"callout-title\">\nWhy are some callouts folded?\n</summary>",
            "<details open class=\"callout callout-question\">", "<aside class=\"callout callout-warning\">",
        ] {
            #expect(home.contains(html), "no \(html)")
        }
        #expect(try site.read("_site/networking/routing.html").contains("<details class=\"callout callout-example\">"))
        #expect(try site.read("_site/security/security-groups.html").contains("<aside class=\"callout callout-tip\">\n<p class=\"callout-title\">\nImportant\n</p>"))
    }

    @Test func aFoldersIndexNoteIsItsSectionPage() throws {
        let site = try Self.build()
        let section = try site.read("_site/security/index.html")
        #expect(section.contains("<a href=\"../security/shared-responsibility.html\">Shared Responsibility</a>, <a href=\"../security/security-groups.html\">Security Groups</a>, then <a href=\"../security/nacls.html\">network ACLs</a>"), "\(section)")
    }
}
