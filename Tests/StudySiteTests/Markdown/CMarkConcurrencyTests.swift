import Testing
@testable import StudySite

/// cmark-gfm finishes parses under a lock but feeds, walks and renders outside it (see `CMark`):
/// rendering every note many times on every core, one by one and in batches, must give
/// exactly the sequential output.
@Suite struct CMarkConcurrencyTests {
    @Test func concurrentRenderingEqualsSequentialRendering() throws {
        let content = try ContentLoader.load(contentDirectory: Repository.content, log: DiagnosticLog())
        let extensionHeavy = String(repeating: "Text ~~struck~~ and https://aws.amazon.com/ec2/ or www.example.com, a | b\n\n| a | b |\n|---|---|\n| ~~c~~ | d |\n\n", count: 20)
        let pages = content.site.pages + [Page(sourcePath: "x.md", slug: "x", title: "X")]
        let markdown = content.markdown + [extensionHeavy]
        let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())
        let render: @Sendable ([Int]) -> [String] = { batch in
            compiler.compile(batch.map { pages[$0] }, markdown: batch.map { markdown[$0] }).map { $0.draft.finish(terms: nil, blocks: [:]) }
        }
        let expected = pages.indices.map { render([$0])[0] }
        // Strikethrough, autolinks and tables are what a race on the parser's global table loses.
        #expect(expected.joined().contains("<table>"))
        #expect(expected.joined().contains("<del>"))
        #expect(expected.joined().contains("<a href=\"https://"))

        // Job j renders a batch of 1 to 3 pages starting at page j.
        let rounds = 100
        let jobs = Array(0..<(pages.count * rounds))
        let batch: @Sendable (Int) -> [Int] = { job in (0...(job % 3)).map { (job + $0) % pages.count } }
        let actual = jobs.concurrentMap { job in render(batch(job)) }
        var mismatches = 0
        for (job, htmls) in actual.enumerated() {
            for (page, html) in zip(batch(job), htmls) where html != expected[page] { mismatches += 1 }
        }
        #expect(mismatches == 0, "\(mismatches) concurrent renders differ from the sequential ones")
    }
}
