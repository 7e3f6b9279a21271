import Foundation
import Testing
@testable import StudySite

/// `serve`'s study pages: the print page is made when asked for, a save rewrites only the
/// parts of it of the notes it changed, and the page is still the one `build` writes.
@Suite struct IncrementalStudyTests {
    @Test func aTextEditRewritesOneNotesPrintSection() throws {
        let course = try IncrementalBuildTests.Course()
        #expect(course.session.rebuild().errors.isEmpty)
        let memo = course.session.incremental.printSections
        let notes = course.session.incremental.markdown.lastComputed
        // The first build writes the print page: a request finds only the files that are there.
        #expect(memo.lastComputed == notes)
        #expect(course.session.incremental.output.deferredPaths.isEmpty)

        // Later builds leave it to be made when asked for; then one part is made again.
        try course.append("\nOne more sentence for the print page.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.output.deferredPaths == ["print.html"])
        let stale = try String(contentsOfFile: course.session.siteRoot + "/print.html", encoding: .utf8)
        #expect(!stale.contains("One more sentence for the print page."))
        try course.session.prepare(course.session.siteRoot + "/print.html")
        #expect(memo.lastComputed == 1)
        let printed = try String(contentsOfFile: course.session.siteRoot + "/print.html", encoding: .utf8)
        #expect(printed.contains("One more sentence for the print page."))
        #expect(course.session.incremental.output.deferredPaths.isEmpty)
        try course.expectServedEqualsBuild("text edit")

        // A save that changes nothing the print page reads rewrites nothing.
        try course.append("\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        try course.session.prepareAll()
        #expect(memo.lastComputed == 0)

        // A new note changes the prefixes every link may be rewritten to: every part is made again.
        try course.folder.write(["content/extra-print.md": "---\ntitle: Extra\n---\n\n## Heading\n\nThe VPC text.\n"])
        #expect(course.session.rebuild().errors.isEmpty)
        try course.session.prepareAll()
        #expect(memo.lastComputed == notes + 1)
        try course.expectServedEqualsBuild("new note")
    }

    @Test func theTopicsPageIsMadeWhenAskedForOnceWhatItListsChanged() throws {
        let course = try IncrementalBuildTests.Course()
        #expect(course.session.rebuild().errors.isEmpty)
        let topics = course.session.siteRoot + "/topics.html"

        // A sentence changes no title nor heading: the page stays as it is.
        try course.append("\nOne more sentence.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(!course.session.incremental.output.deferredPaths.contains("topics.html"))

        // A new heading waits for a request, and still waits after a build that changed nothing it lists.
        try course.append("\n## A heading added while serving\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.output.deferredPaths.contains("topics.html"))
        #expect(try !String(contentsOfFile: topics, encoding: .utf8).contains("A heading added while serving"))
        try course.append("\nA sentence under it.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.output.deferredPaths.contains("topics.html"))
        try course.session.prepare(topics)
        #expect(try String(contentsOfFile: topics, encoding: .utf8).contains("A heading added while serving"))
        try course.expectServedEqualsBuild("new heading")
    }
}
