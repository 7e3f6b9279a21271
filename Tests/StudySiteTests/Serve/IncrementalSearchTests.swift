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
        #expect(course.session.incremental.search.lastComputed == pages)

        try course.append("\nOne more sentence about zanzibarite.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.lastComputed == 1)
        try course.expectServedEqualsBuild("text edit")
        // The new word is in the served index: the kept counts of the other notes were merged with the new ones.
        let terms = try FileManager.default.contentsOfDirectory(atPath: course.session.siteRoot + "/search/t")
        let found = try terms.contains { try String(contentsOfFile: course.session.siteRoot + "/search/t/" + $0, encoding: .utf8).contains("zanzibarite ") }
        #expect(found)

        // (A note whose title no other note shows: a repeated table's link line names the page holding it.)
        try course.replace("\ntitle: \"", with: "\ntitle: \"Renamed ", in: "content/troubleshooting.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.lastComputed == 1)
        try course.expectServedEqualsBuild("title edit")

        // A template change reads no note again, and counts none.
        try course.replace("</main>", with: "</main><!-- edited -->", in: "templates/layout.mustache")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.search.lastComputed == 0)
        try course.expectServedEqualsBuild("template edit")
    }
}
