import PropertyBased
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

    /// `.md` links name the page the way the Content stage names it from the file.
    @Test(arguments: [
        ("MyNote.md", "mynote.html"),
        ("My%20Note.md#part", "my-note.html#part"),
        ("caf%C3%A9.md", "cafe.html"),
        ("café.md", "cafe.html"),
        ("networking/VPC_Basics.md?x#y", "networking/vpc_basics.html?x#y"),
        ("/Networking/MyNote.md", "networking/mynote.html"),
        ("../My%20Folder/./x.md", "../my-folder/./x.html"),
        ("Photo.PNG", "Photo.PNG"),
        ("Attachments/My%20Pic.png", "attachments/My%20Pic.png"),
        ("Attachments/notes.txt", "Attachments/notes.txt"),
    ])
    func noteLinksUseThePageName(url: String, expected: String) {
        #expect(LinkRewriter(pageSlug: "intro").rewrite(url) == expected)
        #expect(Slug.fileSlug("MyNote") + ".html" == "mynote.html")
    }

    @Test func sectionPagesReachTheRootWithDotDot() {
        let links = LinkRewriter(pageSlug: "networking/vpc")
        #expect(links.rootPrefix == "../")
        #expect(links.rewrite("/intro.md#top") == "../intro.html#top")
        #expect(links.rewrite("../intro.md") == "../intro.html")
        #expect(links.rewrite("routing.md") == "routing.html")
    }

    /// The rewrite works on UTF-8; it must agree with the Character-based rules it replaced.
    @Test func byteRewriteEqualsTheCharacterRewrite() async {
        let pieces: [String] = ["/", ".", "md", ".md", "#", "?", "a", "é", ":", "x", "//"]
        let urls = Gen.element(of: pieces).map { $0! }.array(of: 0...8).map { $0.joined() }
        await propertyCheck(input: urls, Gen.element(of: ["intro", "networking/vpc"]).map { $0! }) { url, slug in
            let links = LinkRewriter(pageSlug: slug)
            #expect(links.rewrite(url) == Self.characterRewrite(url, rootPrefix: links.rootPrefix))
        }
    }

    private static func characterRewrite(_ url: String, rootPrefix: String) -> String {
        if url.isEmpty || url.hasPrefix("#") || LinkRewriter.hasScheme(url) || url.hasPrefix("//") { return url }
        var path = Substring(url)
        var suffix = Substring("")
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = path[mark...]
            path = path[..<mark]
        }
        var result = String(path)
        // Folders are named as the Content stage names section folders, for notes and images alike.
        let slugFolders = { (folder: Substring) in
            folder.split(separator: "/", omittingEmptySubsequences: false).map { segment in
                segment.isEmpty || segment == "." || segment == ".." ? String(segment) : Slug.fileSlug(segment.removingPercentEncoding ?? String(segment))
            }.joined(separator: "/")
        }
        if result.hasSuffix(".md") {
            let stem = result.dropLast(3)
            let folder = stem.lastIndex(of: "/").map { stem[...$0] } ?? ""
            let name = stem.dropFirst(folder.count)
            result = slugFolders(folder) + Slug.fileSlug(name.removingPercentEncoding ?? String(name)) + ".html"
        } else if Slug.isAssetFile(path) {
            let folder = path.lastIndex(of: "/").map { path[...$0] } ?? ""
            result = slugFolders(folder) + path.dropFirst(folder.count)
        }
        if result.hasPrefix("/") {
            result = rootPrefix + result.drop(while: { $0 == "/" })
            if result.isEmpty { result = "./" }
        }
        return result + suffix
    }
}
