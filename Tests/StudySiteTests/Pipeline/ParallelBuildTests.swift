import Foundation
import Testing

@testable import StudySite

/// The build renders on every core; its output must not depend on thread timing.
@Suite struct ParallelBuildTests {
    /// Three sections of five notes, each with a table, code, a bold term and links
    /// within its section and into the next one.
    static func writeCorpus(in directory: TemporaryDirectory) throws -> String {
        var files = ["site.yml": "title: \"Parallel\"\n"]
        for section in 1...3 {
            files["s\(section)/_section.yml"] = "title: \"Part \(section)\"\norder: \(section)\n"
            for page in 1...5 {
                files["s\(section)/p\(page).md"] = """
                    ---
                    title: "Note \(section).\(page)"
                    order: \(page)
                    ---
                    ## Terms

                    - **Term \(section)\(page)**: a word defined on page \(page) of part \(section).

                    | Name | Value |
                    |------|-------|
                    | a    | \(page) |

                    ```sh
                    echo \(section)-\(page)
                    ```

                    See [the first note](p1.md#terms), [the next part](../s\(section % 3 + 1)/p\(page).md) and Term 11.

                    """
            }
        }
        return try directory.write(files, under: "content")
    }

    static func build(_ content: String, into output: String) throws -> [String: Data] {
        let log = DiagnosticLog()
        _ = try Pipeline.build(BuildOptions(contentDirectory: content, templatesDirectory: Repository.templates, outputDirectory: output), log: log)
        return try FileTree.read(URL(fileURLWithPath: output))
    }

    @Test func twoBuildsOfAMultiSectionSiteAreByteIdentical() throws {
        let directory = try TemporaryDirectory()
        let content = try Self.writeCorpus(in: directory)
        let first = try Self.build(content, into: directory.path("first"))
        let second = try Self.build(content, into: directory.path("second"))
        #expect(first.count > 15)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first {
            #expect(second[path] == bytes, "\(path) differs between two builds")
        }
    }

    @Test func sidebarListsEverySectionButOnlyTheCurrentSectionsPages() throws {
        let directory = try TemporaryDirectory()
        let files = try Self.build(try Self.writeCorpus(in: directory), into: directory.path("site"))
        let page = String(decoding: try #require(files["s2/p3.html"]), as: UTF8.self)
        for section in 1...3 {
            #expect(page.contains("href=\"../s\(section)/index.html\""))
        }
        for other in 1...5 {
            #expect(page.contains("href=\"../s2/p\(other).html\""), "own section's page p\(other) missing")
        }
        #expect(!page.contains("href=\"../s1/p2.html\""), "another section's pages leak into the sidebar")
        // Links between notes stay relative, across sections too.
        #expect(page.contains("href=\"p1.html#terms\""))
        #expect(page.contains("href=\"../s3/p3.html\""))
        #expect(!page.contains("href=\"/"))
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.contains("href=\"s1/index.html\""))
    }

    @Test func previousAndNextFollowNavigationOrderAcrossSections() throws {
        let directory = try TemporaryDirectory()
        let files = try Self.build(try Self.writeCorpus(in: directory), into: directory.path("site"))
        let last = String(decoding: try #require(files["s1/p5.html"]), as: UTF8.self)
        #expect(last.contains("rel=\"prev\" href=\"../s1/p4.html\""))
        #expect(last.contains("rel=\"next\" href=\"../s2/p1.html\""))
    }

    @Test func concurrentMapKeepsPositionsAndThrowsTheFirstError() throws {
        let numbers = Array(0..<1000)
        #expect(try numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
        #expect(throws: BuildFailure.self) {
            _ = try numbers.concurrentMap { number throws(BuildFailure) -> Int in
                if number % 100 == 7 { throw BuildFailure(.error("failed at \(number)", at: SourceLocation(path: "x"))) }
                return number
            }
        }
        do {
            _ = try numbers.concurrentMap { number throws(BuildFailure) -> Int in
                if number % 100 == 7 { throw BuildFailure(.error("failed at \(number)", at: SourceLocation(path: "x"))) }
                return number
            }
        } catch {
            #expect(error.diagnostics.map(\.message) == ["failed at 7"])
        }
    }
}
