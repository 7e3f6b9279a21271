import Foundation
import Testing
@testable import StudySite

/// `{{#include}}` as mdBook reads it, and its errors at the note's line and column.
@Suite struct IncludeTests {
    static let listing = "line 1\n// ANCHOR: part\nline 3\n// ANCHOR: inner\nline 5\n// ANCHOR_END: inner\n// ANCHOR_END: part\nline 8\n"

    @Test(arguments: [
        ("f.rs", "line 1\n// ANCHOR: part\nline 3\n// ANCHOR: inner\nline 5\n// ANCHOR_END: inner\n// ANCHOR_END: part\nline 8"),
        ("f.rs:3", "line 3"),
        ("f.rs:3:5", "line 3\n// ANCHOR: inner\nline 5"),
        ("f.rs:7:", "// ANCHOR_END: part\nline 8"),
        ("f.rs::1", "line 1"),
        ("f.rs:part", "line 3\nline 5"),
        ("f.rs:inner", "line 5"),
        ("f.rs:20:30", ""),
    ])
    func selections(argument: String, expected: String) {
        #expect(IncludeSelection(parsing: argument).select(from: Self.listing) == expected)
    }

    @Test func aMissingAnchorSelectsNothing() {
        #expect(IncludeSelection(parsing: "f.rs:nope").select(from: Self.listing) == nil)
        #expect(IncludeSelection(parsing: "f.rs:nope").anchor == "nope")
    }

    @Test func pathsStayInsideTheContentFolder() {
        #expect(IncludeExpander.resolve("../x.rs", in: "a/b") == "a/x.rs")
        #expect(IncludeExpander.resolve("./c/../x.rs", in: "") == "x.rs")
        #expect(IncludeExpander.resolve("../x.rs", in: "") == nil)
        #expect(IncludeExpander.resolve("/etc/passwd", in: "") == nil)
    }

    @Test func problemsPointAtTheDirectiveInTheNote() throws {
        let (content, log, _) = try PlainFolderTests.load([
            "sub/note.md": "---\ntitle: N\n---\n# N\n\nx {{#include ../code/a.rs:missing}} and {{#include nope.rs}}\n{{#include ../../outside.rs}}\n\\{{#include a.rs}} {{#title Hello}}\n",
            "code/a.rs": "fn a() {}\n",
        ])
        let messages = log.all.map(\.description)
        #expect(messages.contains("\(content!.site.contentDirectory)/sub/note.md:6:3: error: cannot include \(content!.site.contentDirectory)/code/a.rs: it has no `ANCHOR: missing` line"), "\(messages)")
        #expect(messages.contains { $0.hasSuffix("sub/note.md:6:41: error: cannot include \(content!.site.contentDirectory)/sub/nope.rs: no such file") }, "\(messages)")
        #expect(messages.contains { $0.hasSuffix("sub/note.md:7:1: error: cannot include ../../outside.rs: it is outside the content folder") }, "\(messages)")
        #expect(messages.contains { $0.contains("sub/note.md:8:20: warning: `{{#title …}}`") }, "\(messages)")
        // Written as text where they could not run; the escaped one loses its backslash.
        #expect(content?.markdown.first?.contains("{{#include ../code/a.rs:missing}}") == true)
        #expect(content?.markdown.first?.contains("\n{{#include a.rs}} {{#title Hello}}") == true)
    }

    @Test func includedFilesMayIncludeAndLinesMapBack() throws {
        let (content, log, _) = try PlainFolderTests.load([
            "note.md": "# N\n{{#include parts/a.md}}\nafter\n",
            "parts/a.md": "a1\n{{#include b.txt}}\na3\n",
            "parts/b.txt": "b1\nb2\n",
        ])
        #expect(log.errors.isEmpty, "\(log.errors)")
        #expect(content?.markdown.first == "# N\na1\nb1\nb2\na3\nafter\n")
        let page = try #require(content?.site.pages.first)
        #expect(page.lineMap == [1, 2, 2, 2, 2, 3, 4])
        #expect(page.location(line: 6).line == 3)
    }
}
