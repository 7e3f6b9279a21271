import Foundation
import Testing
@testable import StudySite

/// `serve`'s study pages: a save rewrites, for the print page, only the parts of the notes it
/// changed, and the print page it writes is still the one `build` writes.
@Suite struct IncrementalStudyTests {
    @Test func aTextEditRewritesOneNotesPrintSection() throws {
        let course = try IncrementalBuildTests.Course()
        #expect(course.session.rebuild().errors.isEmpty)
        let memo = course.session.incremental.printSections
        let notes = course.session.incremental.markdown.lastComputed
        #expect(memo.lastComputed == notes)

        try course.append("\nOne more sentence for the print page.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(memo.lastComputed == 1)
        try course.expectServedEqualsBuild("text edit")
        let printed = try String(contentsOfFile: course.session.siteRoot + "/print.html", encoding: .utf8)
        #expect(printed.contains("One more sentence for the print page."))

        // A save that changes nothing the print page reads rewrites nothing.
        try course.append("\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(memo.lastComputed == 0)

        // A new note changes the prefixes every link may be rewritten to: every part is made again.
        try course.folder.write(["content/extra-print.md": "---\ntitle: Extra\n---\n\n## Heading\n\nThe VPC text.\n"])
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(memo.lastComputed == notes + 1)
        try course.expectServedEqualsBuild("new note")
    }
}
