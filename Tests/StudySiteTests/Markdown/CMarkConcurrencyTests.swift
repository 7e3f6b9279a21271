import Testing
@testable import StudySite

/// cmark-gfm parses under a lock but walks and renders outside it (see `CMark`):
/// rendering every note many times on every core must give exactly the sequential output.
@Suite struct CMarkConcurrencyTests {
    @Test func concurrentRenderingEqualsSequentialRendering() throws {
        let site = try ContentLoader.load(contentDirectory: Repository.content, log: DiagnosticLog())
        let extensionHeavy = Page(
            sourcePath: "x.md", slug: "x", title: "X",
            markdown: String(repeating: "Text ~~struck~~ and https://aws.amazon.com/ec2/ or www.example.com, a | b\n\n| a | b |\n|---|---|\n| ~~c~~ | d |\n\n", count: 20))
        let pages = site.pages + [extensionHeavy]
        let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())
        let render: @Sendable (Page) throws(BuildFailure) -> String = { page throws(BuildFailure) in
            try compiler.compile(page).draft.finish(terms: nil, blocks: [:])
        }
        var expected: [String] = []
        for page in pages { expected.append(try render(page)) }
        // Strikethrough, autolinks and tables are what a race on the parser's global table loses.
        #expect(expected.joined().contains("<table>"))
        #expect(expected.joined().contains("<a href=\"https://"))

        let rounds = 200
        let jobs = Array(0..<(pages.count * rounds))
        let actual = try jobs.concurrentMap { job throws(BuildFailure) in try render(pages[job % pages.count]) }
        var mismatches = 0
        for (job, html) in actual.enumerated() where html != expected[job % pages.count] { mismatches += 1 }
        #expect(mismatches == 0, "\(mismatches) of \(jobs.count) concurrent renders differ from the sequential ones")
    }
}
