import Testing
@testable import StudySite

/// Expected anchors are what GitHub renders for README headings (github-slugger).
@Suite struct SluggerTests {
    /// Plain ASCII takes a byte-level path; it must keep exactly what the Unicode rules keep.
    @Test func everyASCIICharacterFollowsTheUnicodeRules() {
        for value in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(value))
            let expected: String
            switch character {
            case "A"..."Z": expected = String(character).lowercased()
            case "a"..."z", "0"..."9", "-", "_": expected = String(character)
            case " ": expected = "-"
            default: expected = ""
            }
            #expect(Slugger.slugify("x\(character)Y") == "x" + expected + "y", "character \(value)")
        }
        // Non-ASCII text keeps the Unicode path: letters of any script, marks, numbers.
        #expect(Slugger.slugify("Über Café — Ünïcode 2") == "über-café--ünïcode-2")
    }

    @Test(arguments: [
        ("Hello World", "hello-world"),
        ("6.1 Authentication vs. Authorization", "61-authentication-vs-authorization"),
        ("Module 6: Identity & Access Management – Root User and MFA", "module-6-identity--access-management--root-user-and-mfa"),
        ("EC2 (Elastic Compute Cloud)", "ec2-elastic-compute-cloud"),
        ("Café Über naïve", "café-über-naïve"),
        ("日本語の見出し", "日本語の見出し"),
        ("🚀 Launch", "-launch"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("  Leading and trailing  ", "--leading-and-trailing--"),
        ("What's new?", "whats-new"),
        ("C++ / .NET", "c--net"),
    ])
    func slugMatchesGitHub(heading: String, expected: String) {
        var slugger = Slugger()
        #expect(slugger.slug(heading) == expected)
    }

    @Test func duplicatesAreNumberedLikeGitHub() {
        var slugger = Slugger()
        #expect(["Resources", "Resources", "Resources"].map { slugger.slug($0) } == ["resources", "resources-1", "resources-2"])
        var other = Slugger()
        #expect(["a", "a", "a-1"].map { other.slug($0) } == ["a", "a-1", "a-1-1"])
    }

    @Test func headingOfOnlyPunctuationGetsAValidID() {
        var slugger = Slugger()
        #expect(slugger.slug("!!!") == "section")
        #expect(slugger.slug("???") == "section-1")
    }

    @Test func reservedIDsAreSkipped() {
        var slugger = Slugger()
        slugger.reserve("main-content")
        #expect(slugger.slug("Main content") == "main-content-1")
    }

    @Test func inlineCodeInHeadingsCountsAsText() throws {
        let page = Page(sourcePath: "t.md", slug: "t", title: "T")
        let analysis = MarkdownCompiler(generatorNames: [], options: .init()).compile(page, markdown: "## `aws configure` *now*\n\n## A **bold** [link](x.md)\n")
        #expect(analysis.headings.map(\.id) == ["aws-configure-now", "a-bold-link"])
        #expect(analysis.headings.map(\.text) == ["aws configure now", "A bold link"])
    }
}
