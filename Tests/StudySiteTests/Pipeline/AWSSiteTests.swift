import Foundation
import Testing
@testable import StudySite

/// The real course: content/ with templates/, as `make site` builds it.
@Suite struct AWSSiteTests {
    static func build(into folder: TemporaryDirectory, name: String = "_site") throws -> [String: Data] {
        let output = folder.path(name)
        _ = try Pipeline.build(BuildOptions(contentDirectory: Repository.content, templatesDirectory: Repository.templates, outputDirectory: output), log: DiagnosticLog())
        return try FileTree.read(URL(fileURLWithPath: output))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try TemporaryDirectory()
        let first = try AWSSite.built().files
        let second = try Self.build(into: folder, name: "two")
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes {
            Issue.record("\(path) differs between two builds")
        }
    }

    @Test func everyURLOfTheSeedNotesIsALinkInTheSite() throws {
        let seed = try String(contentsOf: Repository.fixtures.appendingPathComponent("seed/aws-fundamentals-notes.md"), encoding: .utf8)
        let urls = Set(seed.matches(of: /https?:\/\/[^\s)\]>"]+/).map { String($0.output) })
        #expect(urls.count >= 18)
        let site = try AWSSite.built().files
        let html = site.filter { $0.key.hasSuffix(".html") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for url in urls.sorted() {
            let escaped = url.replacingOccurrences(of: "&", with: "&amp;")
            #expect(html.contains("href=\"\(escaped)\""), "\(url) is not an href in the built site")
        }
    }

    /// The one script a page may carry is the search (issue 16); nothing inline.
    @Test func siteHasNoJavaScriptButSearchAndOnlyRelativeInternalLinks() throws {
        let site = try AWSSite.built().files
        #expect(site["index.html"] != nil && site["404.html"] != nil)
        for (path, bytes) in site where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            let scripts = html.lowercased().matches(of: /<script[^>]*>/).map { String($0.output) }
            #expect(scripts == ["<script src=\"assets/search.js\">"], "\(path) has scripts \(scripts)")
            #expect(!html.contains(" onclick="), "\(path) has an inline handler")
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let target = String(match.output.1)
                #expect(!target.hasPrefix("/"), "\(path) links to the absolute path \(target)")
            }
        }
    }

    @Test func everyNoteRendersItsTablesAndCodeBlocks() throws {
        let site = try AWSSite.built().files
        let page = { (name: String) in String(decoding: site[name] ?? Data(), as: UTF8.self) }
        #expect(page("module-5-shared-responsibility.html").contains("<table"))
        #expect(page("cli-sdk-console.html").contains("<pre tabindex=\"0\"><code class=\"language-bash\">aws ec2 describe-instances"))
        #expect(page("cli-sdk-console.html").contains("<pre tabindex=\"0\"><code class=\"language-python\">import boto3"))
        #expect(page("module-7-iam.html").contains("<pre tabindex=\"0\"><code class=\"language-json\">"))
        #expect(!page("routing-and-security.html").contains("|---"), "a pipe table was printed as text")
        #expect(page("index.html").contains("href=\"module-4-global-infrastructure.html\""))
    }
}
