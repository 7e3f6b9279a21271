import Testing
@testable import StudySite

/// `[[Note]]`, `[[Note#Heading]]`, `[[Note|text]]`, `[[#Heading]]` link by title, file name or
/// path, whatever the case; what names nothing is an error at its line and column.
@Suite struct WikilinkTests {
    @Test func everyFormLinksByTitleFileNameOrPath() throws {
        let result = try VaultTestSite.build([
            ("Home.md", "[[VPC Basics]], [[vpc basics#Subnets|the subnets]], [[networking/Routing]], [[#Start]],\n[[Network ACLs]] and [[routing.md]].\n\n## Start\n"),
            ("networking/VPC Basics.md", "## Subnets\n"),
            ("networking/Routing.md", "Back [[Home]] or to [[VPC Basics#subnets]].\n"),
            ("security/NACLs.md", "Rules.\n"),
        ], titles: ["security/NACLs.md": "Network ACLs"])
        #expect(result.messages == [])
        let home = result.html("home")
        for link in [
            "<a href=\"networking/vpc-basics.html\">VPC Basics</a>", "<a href=\"networking/vpc-basics.html#subnets\">the subnets</a>",
            "<a href=\"networking/routing.html\">networking/Routing</a>", "<a href=\"home.html#start\">Start</a>",
            "<a href=\"security/nacls.html\">Network ACLs</a>", "<a href=\"networking/routing.html\">routing.md</a>",
        ] {
            #expect(home.contains(link), "no \(link) in \(home)")
        }
        let routing = result.html("networking/routing")
        #expect(routing.contains("<a href=\"../home.html\">Home</a>"))
        #expect(routing.contains("<a href=\"../networking/vpc-basics.html#subnets\">VPC Basics &gt; subnets</a>"))
    }

    /// The link checker names where a link was written; for a wikilink that is its `[[`.
    @Test func recordedLinksStartAtTheirBrackets() throws {
        let result = try VaultTestSite.build([
            ("a.md", "Intro [x](b.md) then [[b]] and\n![[b]]\n\n![[b]]\n\n- [[b|B]] [[b#Part]]\n"), ("b.md", "## Part\n"),
        ])
        let links = try #require(result.site.pages.first { $0.slug == "a" }).links
        #expect(links.map(\.written) == ["b.md", "b.html", "b.html", "b.html", "b.html#part"])
        #expect(links.map(\.location.description) == ["content/a.md:4:7", "content/a.md:4:22", "content/a.md:5:1", "content/a.md:9:3", "content/a.md:9:11"])
    }

    @Test func codeSpansAndBlocksKeepTheirBrackets() throws {
        let result = try VaultTestSite.build([("a.md", "`[[b]]` and ` ``[[b]]`` `\n\n```\n[[b]] ![[b]]\n```\n\n    [[b]]\n"), ("b.md", "B.\n")])
        #expect(result.messages == [])
        let html = result.html("a")
        #expect(!html.contains("<a "), "\(html)")
        #expect(html.contains("<code>[[b]]</code>") && html.contains("<code>[[b]] ![[b]]\n</code>"))
    }

    @Test func whatNamesNothingIsAnErrorAtItsColumnWithTheNearestNames() throws {
        let result = try VaultTestSite.build([
            ("Home.md", "Intro `[[Routng]]` then [[Routng]] and [[Routing#Defualt route]].\n\n![[diagam.png]]\n\n> Quoted:\n> see [[Nowhere]]\n"),
            ("networking/Routing.md", "## Default route\n\n## Local route\n"),
        ], images: ["attachments/diagram.png": [1, 2, 3]])
        #expect(result.messages == [
            "content/Home.md:4:25: error: [[Routng]]: no note named \"Routng\"; did you mean [[Routing]]?",
            "content/Home.md:4:40: error: [[Routing#Defualt route]]: no heading \"Defualt route\" in content/networking/Routing.md; did you mean \"Default route\"?",
            "content/Home.md:6:1: error: ![[diagam.png]]: no image named \"diagam.png\" in the content folder; did you mean diagram.png?",
            "content/Home.md:9:7: error: [[Nowhere]]: no note named \"Nowhere\"; no note has a title or file name like it",
        ])
    }

    @Test func scanFindsEveryFormAndNothingElse() {
        let links = Wikilink.scan("a [[N]] ![[img.png|300]] [[N#H#Sub|shown]] [[#Own]] [[]] [[x\ny]] [[a]b]]")
        #expect(links.map(\.written) == ["[[N]]", "![[img.png|300]]", "[[N#H#Sub|shown]]", "[[#Own]]"])
        #expect(links.map(\.isEmbed) == [false, true, false, false])
        #expect(links[1].isImage && links[1].alias == "300")
        #expect(links[2].target == "N" && links[2].heading == "Sub" && links[2].shownText == "shown")
        #expect(links[3].target == "" && links[3].shownText == "Own")
        #expect(links[0].range == 2..<7)
    }

    /// A note without `title:` is titled by its first `#` heading, which a wikilink may name.
    @Test func aTitleFromTheFirstHeadingIsANameToo() {
        #expect(VaultIndex.firstHeading(in: "```\n# not this\n```\nText\n# Network ACLs ##\n# Later\n") == "Network ACLs")
        var page = VaultTestSite.page("security/NACLs.md")
        page.titleFromHeading = true
        let vault = VaultIndex(pages: [page], contentDirectory: "content", files: [], markdown: ["# Network ACLs\n\nRules.\n"])
        #expect(vault.note(named: "network acls", from: page) == 0)
    }

    @Test func nearestNamesAreFewAndNear() {
        #expect(VaultIndex.nearestNames(to: "Routng", among: ["Routing", "Home", "routing", "Rout"]) == ["Rout", "Routing"])
        #expect(VaultIndex.nearestNames(to: "zzzz", among: ["Routing", "Home"]) == [])
    }
}
