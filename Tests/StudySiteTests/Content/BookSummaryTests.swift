import Testing
@testable import StudySite

/// mdBook's SUMMARY.md format, read into chapters with their kind, depth and part.
@Suite struct BookSummaryTests {
    @Test func everyKindOfEntry() {
        let text = """
            # Summary

            [Intro](./intro.md)

            - [One](one.md)
                - [One A](<one/a b.md>)
                    - [Deep](one/deep%20er.md)
            - [Draft]()
            # Part Two
            1. [Two](two.md)
               1. [Two A](two-a.md)

            ---

            [Credits](credits.md)
            """
        let log = DiagnosticLog()
        let summary = BookSummary(parsing: text, path: "SUMMARY.md", log: log)
        #expect(log.all.isEmpty)
        #expect(summary.parts == ["Part Two"])
        #expect(summary.chapters.map(\.title) == ["Intro", "One", "One A", "Deep", "Draft", "Two", "Two A", "Credits"])
        #expect(summary.chapters.map(\.path) == ["intro.md", "one.md", "one/a b.md", "one/deep er.md", nil, "two.md", "two-a.md", "credits.md"])
        #expect(summary.chapters.map(\.kind) == [.prefix, .numbered, .numbered, .numbered, .numbered, .numbered, .numbered, .suffix])
        #expect(summary.chapters.map(\.depth) == [0, 0, 1, 2, 0, 0, 1, 0])
        #expect(summary.chapters.map(\.part) == [nil, nil, nil, nil, nil, 0, 0, nil])
        #expect(summary.chapters.map(\.line) == [3, 5, 6, 7, 8, 10, 11, 15])
    }

    @Test func withoutPartsTopChaptersWithNestedOnesAreTheGroups() {
        let summary = BookSummary(parsing: "[P](p.md)\n- [A](a.md)\n  - [A1](a1.md)\n- [B](b.md)\n\n[S](s.md)\n", path: "SUMMARY.md", log: DiagnosticLog())
        let slugs = ["p.md": "p", "a.md": "a", "a1.md": "a1", "b.md": "b", "s.md": "s"]
        let groups = summary.groups(slugOf: slugs, location: SourceLocation(path: "SUMMARY.md"))
        #expect(groups.map(\.title) == ["A", "B", BookSummary.suffixGroupTitle])
        #expect(groups.map(\.pages) == [["a", "a1"], ["b"], ["s"]])
        // A flat list needs no groups: the order alone places the pages.
        let flat = BookSummary(parsing: "- [A](a.md)\n- [B](b.md)\n[S](s.md)\n", path: "SUMMARY.md", log: DiagnosticLog())
        #expect(flat.groups(slugOf: slugs, location: SourceLocation(path: "SUMMARY.md")).isEmpty)
    }

    @Test func entriesNamingNoNoteAreErrorsAtTheirLine() throws {
        let (_, log, _) = try PlainFolderTests.load([
            "SUMMARY.md": "# Summary\n\n- [A](a.md)\n- [Gone](gone.md)\n- not a link\n",
            "a.md": "# A\n",
            "extra.md": "# Extra\n",
        ])
        let messages = log.all.map(\.description)
        #expect(messages.contains { $0.contains("SUMMARY.md:4: error: \"Gone\" links to ") && $0.hasSuffix("/gone.md: no such note") }, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("SUMMARY.md:5:1: error: this list item is not a link: write a chapter as `- [Title](file.md)`, or `- [Title]()` for a draft") }, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("extra.md: warning: this note is not in SUMMARY.md; it is built, after the book's chapters") }, "\(messages)")
    }
}
