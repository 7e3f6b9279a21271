import Foundation
import Testing
@testable import StudySite

/// `serve`'s search index: a save counts and writes the saved note's share of the index only,
/// and the index files still equal what a fresh `build` writes.
@Suite struct IncrementalSearchTests {
    typealias Course = IncrementalBuildTests.Course

    @Test func aTextEditCountsOneNoteOfTheIndexAgain() throws {
        let course = try Course()
        #expect(course.session.rebuild().errors.isEmpty)
        let pages = course.session.incremental.markdown.lastComputed
        #expect(pages > 10)
        #expect(course.session.incremental.search.notes.lastComputed == pages)
        #expect(course.session.incremental.search.lastCounted == nil, "the first build gathers every group")

        try course.append("\nOne more sentence about zanzibarite.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.notes.lastComputed == 1)
        #expect(course.session.incremental.search.lastCounted == 1, "one group counted into the kept terms")
        try course.expectServedEqualsBuild("text edit")
        // The new word is in the served index: the kept counts of the other notes were merged with the new ones.
        let terms = try FileManager.default.contentsOfDirectory(atPath: course.session.siteRoot + "/search/t")
        let found = try terms.contains { try String(contentsOfFile: course.session.siteRoot + "/search/t/" + $0, encoding: .utf8).contains("zanzibarite ") }
        #expect(found)

        // (A note whose title no other note shows: a repeated table's link line names the page holding it.)
        try course.replace("\ntitle: \"", with: "\ntitle: \"Renamed ", in: "content/troubleshooting.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.notes.lastComputed == 1)
        try course.expectServedEqualsBuild("title edit")

        // A template change reads no note again, and counts none.
        try course.replace("</main>", with: "</main><!-- edited -->", in: "templates/layout.mustache")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.notes.lastComputed == 0)
        #expect(course.session.incremental.search.lastCounted == 0)
        try course.expectServedEqualsBuild("template edit")

        // A new note moves the groups after it; only it is counted.
        try course.folder.write(["content/aardvark.md": "---\ntitle: Aardvark\n---\n\n## Burrows\n\nThe aardvark digs a VPC.\n"])
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.notes.lastComputed == 1)
        #expect(course.session.incremental.search.lastCounted == 1)
        try course.expectServedEqualsBuild("new note")

        // A note moved before others (by its order) and one deleted: the moved note's page
        // changed, so it is counted again; the groups after both are renumbered.
        try course.replace("\norder: ", with: "\norder: -", in: "content/troubleshooting.md")
        try FileManager.default.removeItem(atPath: course.note("aardvark.md"))
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.lastCounted == 1)
        try course.expectServedEqualsBuild("moved and deleted notes")

        // A new definition changes a glossary group: it is replaced with the note's.
        try course.append("\n- **Zanzibarite**: a term defined in a test, used with the VPC.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect((course.session.incremental.search.lastCounted ?? 0) >= 2)
        try course.expectServedEqualsBuild("new definition")
    }
}
