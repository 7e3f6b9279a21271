import Testing
@testable import StudySite

@Suite struct LinkRewriterTests {
    @Test(arguments: [
        ("vpc.md", "vpc.html"),
        ("vpc.md#subnets", "vpc.html#subnets"),
        ("vpc.md?x=1#a", "vpc.html?x=1#a"),
        ("networking/vpc.md", "networking/vpc.html"),
        ("#local", "#local"),
        ("https://aws.amazon.com/ec2/", "https://aws.amazon.com/ec2/"),
        ("mailto:a@example.com", "mailto:a@example.com"),
        ("//cdn.example.com/x.md", "//cdn.example.com/x.md"),
        ("image.png", "image.png"),
        ("/vpc.md", "vpc.html"),
        ("/", "./"),
    ])
    func rootPageLinks(url: String, expected: String) {
        #expect(LinkRewriter(pageSlug: "intro").rewrite(url) == expected)
    }

    @Test func sectionPagesReachTheRootWithDotDot() {
        let links = LinkRewriter(pageSlug: "networking/vpc")
        #expect(links.rootPrefix == "../")
        #expect(links.rewrite("/intro.md#top") == "../intro.html#top")
        #expect(links.rewrite("../intro.md") == "../intro.html")
        #expect(links.rewrite("routing.md") == "routing.html")
    }
}
