import Foundation
import Testing
@testable import StudySite

/// ```dot blocks through the real Graphviz: captions, errors at the note's lines, the cache.
@Suite struct DotDiagramTests {
    static let note = """
        ---
        title: "Net"
        ---
        Intro.

        ```dot
        // caption: Two hosts
        digraph { a -> b }
        ```

        ```dot
        # caption: The same source twice
        digraph { a -> b }
        ```

        """

    /// Loads `files` as a content folder and runs the stages up to and including Diagrams.
    static func site(_ files: [String: String], in folder: TemporaryDirectory, renderer: DotRenderer) throws -> (Site, DiagnosticLog) {
        let content = try folder.write(files.merging(["site.yml": "title: \"T\"\nhtml: unsafe\n"]) { mine, _ in mine }, under: "content")
        let log = DiagnosticLog()
        var state = BuildState()
        let context = BuildContext(options: BuildOptions(contentDirectory: content), log: log)
        _ = try Pipeline.steps(from: "content", through: "markdown").run(&state, context: context)
        Diagrams.run(&state.site, log: log, renderer: renderer)
        return (state.site, log)
    }

    static func renderer(cache: String?) throws -> DotRenderer {
        let dot = try #require(DotRenderer.locate(), "Graphviz's dot is needed (make installs graphviz)")
        return DotRenderer(executable: dot, cacheDirectory: cache)
    }

    @Test func captionComesFromTheFirstLineComment() {
        #expect(DotSource("// caption: A VPC\ndigraph {}").caption == "A VPC")
        #expect(DotSource("  #  Caption:  Regions \ndigraph {}").caption == "Regions")
        #expect(DotSource("// just a comment\ndigraph {}").caption == nil)
        #expect(DotSource("digraph {}\n// caption: late").caption == nil)
    }

    @Test func blockBecomesAFigureWithCaptionAndNamedSVG() throws {
        let folder = try TemporaryDirectory()
        let (site, log) = try Self.site(["net.md": Self.note], in: folder, renderer: try Self.renderer(cache: nil))
        #expect(log.all.isEmpty, "\(log.all)")
        let html = try #require(site.generatedBlocks.first { $0.key.line == 6 }?.value)
        #expect(html.hasPrefix("<figure class=\"diagram dot\">\n<svg "))
        #expect(html.contains("aria-labelledby=\"D6-title\"><title id=\"D6-title\">Two hosts</title>"))
        #expect(html.hasSuffix("<figcaption>Two hosts</figcaption>\n</figure>"))
        let second = try #require(site.generatedBlocks.first { $0.key.line == 11 }?.value)
        #expect(second.contains("id=\"D11-node1\"") && !second.contains("id=\"D6-"), "each diagram has its own ids")
    }

    @Test func syntaxErrorPointsAtTheNoteLine() throws {
        let folder = try TemporaryDirectory()
        let note = "---\ntitle: \"VPC\"\n---\nText.\n\n```dot\ndigraph {\n  a ->\n  -> b\n}\n```\n"
        let (_, log) = try Self.site(["vpc.md": note], in: folder, renderer: try Self.renderer(cache: nil))
        let path = folder.path("content") + "/vpc.md"
        #expect(log.errors.map(\.description) == ["\(path):9: error: dot: syntax error in line 3 near '->'"])
    }

    @Test func stderrIsMappedLineByLine() {
        let fence = SourceLocation(path: "content/a.md", line: 20, column: 1)
        let diagnostics = DotDiagnostics.diagnostics(
            stderr: "Warning: <stdin>: syntax ambiguity in line 2\nError: <stdin>: syntax error in line 4 near '}'\n", fence: fence, failed: true)
        #expect(diagnostics.map(\.description) == [
            "content/a.md:22: warning: dot: syntax ambiguity in line 2",
            "content/a.md:24: error: dot: syntax error in line 4 near '}'",
        ])
        #expect(DotDiagnostics.diagnostics(stderr: "", fence: fence, failed: true).map(\.description) == ["content/a.md:20:1: error: dot: failed without saying why"])
    }

    @Test func missingDotNamesThePackage() throws {
        let folder = try TemporaryDirectory()
        let (_, log) = try Self.site(["net.md": Self.note], in: folder, renderer: DotRenderer(executable: nil, cacheDirectory: nil))
        #expect(log.errors.count == 1)
        #expect(log.errors.first?.message.contains("install the Debian package `graphviz`") == true)
        #expect(log.errors.first?.location?.line == 6)
    }

    @Test func slowRunIsKilledAtTheTimeLimit() throws {
        let start = ContinuousClock.now
        let output = try ProcessRun(executable: "/bin/sleep", arguments: ["10"], timeLimit: .milliseconds(200)).run(input: [])
        #expect(output.timedOut)
        #expect(start.duration(to: .now) < .seconds(5))
    }

    @Test func largeInputAndOutputDoNotDeadlock() throws {
        let input = Array(String(repeating: "0123456789abcdef\n", count: 40_000).utf8)  // 680 KB, ten pipe buffers
        let output = try ProcessRun(executable: "/bin/cat", arguments: [], timeLimit: .seconds(20)).run(input: input)
        #expect(output.status == 0 && output.stdout == input)
    }

    @Test func rebuildReadsTheCacheAndStartsNoProcess() throws {
        let folder = try TemporaryDirectory()
        let cache = folder.path("cache")
        let first = try Self.renderer(cache: cache)
        let (one, _) = try Self.site(["net.md": Self.note], in: folder, renderer: first)
        #expect(first.processCount == 3, "dot -V, then one layout per block")
        let second = try Self.renderer(cache: cache)
        let (two, log) = try Self.site(["net.md": Self.note], in: folder, renderer: second)
        #expect(second.processCount == 0)
        #expect(log.all.isEmpty)
        #expect(one.generatedBlocks == two.generatedBlocks)
    }

    /// A layout no build has read for a month goes; one a build reads is kept, however old.
    @Test func entriesUnusedForAMonthAreEvicted() throws {
        let folder = try TemporaryDirectory()
        let cache = folder.path("cache")
        _ = try Self.site(["net.md": Self.note], in: folder, renderer: try Self.renderer(cache: cache))
        let entries = folder.path("cache/diagrams")
        let used = try FileManager.default.contentsOfDirectory(atPath: entries).filter { $0.hasSuffix(".svg") }
        #expect(used.count == 2)
        let longAgo = Date(timeIntervalSinceNow: -DiagramCache.maximumAge - 3600)
        try folder.write(["cache/diagrams/0123.svg": "<svg/>", "cache/diagrams/.0123.svg.tmp": "half"])
        for name in used + ["0123.svg", ".0123.svg.tmp"] {
            try FileManager.default.setAttributes([.modificationDate: longAgo], ofItemAtPath: entries + "/" + name)
        }
        let again = try Self.renderer(cache: cache)
        _ = try Self.site(["net.md": Self.note], in: folder, renderer: again)
        #expect(again.processCount == 0, "the old entries were read, not laid out again")
        let left = try FileManager.default.contentsOfDirectory(atPath: entries).filter { $0 != "version" }.sorted()
        #expect(left == used.sorted())
    }

    @Test func twoBuildsWithFreshCachesAreByteIdentical() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.write(["net.md": Self.note, "site.yml": "title: \"T\"\n"], under: "content")
        var outputs: [[String: Data]] = []
        for name in ["one", "two"] {
            _ = try Pipeline.build(BuildOptions(
                contentDirectory: content, templatesDirectory: Repository.templates,
                outputDirectory: folder.path(name), cacheDirectory: folder.path("cache-" + name)), log: DiagnosticLog())
            outputs.append(try FileTree.read(URL(fileURLWithPath: folder.path(name))))
        }
        #expect(outputs[0] == outputs[1])
        #expect(String(decoding: outputs[0]["net.html"] ?? Data(), as: UTF8.self).contains("<figcaption>Two hosts</figcaption>"))
    }
}
