import Foundation
import Testing
@testable import StudySite

/// The steps of `serve` that read the whole site (content, note links, glossary) redo, on a
/// one-note edit, only that note, and still report and write what a fresh `build` does.
@Suite struct SitewideMemoTests {
    typealias Course = IncrementalBuildTests.Course

    @Test func aTextEditReadsChecksAndScansOneNoteAtMost() throws {
        let course = try Course()
        try course.expectServedEqualsBuild("first build")
        let memos = course.session.incremental.sitewide
        let pages = memos.noteLinks.lastComputed
        #expect(pages > 10)
        #expect(memos.mentions.lastComputed == pages)
        #expect(memos.contentReads.withLock(\.parsedCount) == pages)

        // A sentence that moves no link: the note's links are not checked again.
        try course.append("\nOne more sentence about the VPC.\n", to: "content/vpc.md")
        try course.expectServedEqualsBuild("text edit")
        #expect(memos.contentReads.withLock(\.parsedCount) == 1)
        #expect(memos.noteLinks.lastComputed == 0)
        #expect(memos.mentions.lastComputed == 1)

        try course.append("\nOne more sentence about [the VPC](vpc.md#top).\n", to: "content/cidr.md")
        try course.expectServedEqualsBuild("a link added")
        #expect(memos.contentReads.withLock(\.parsedCount) == 1)
        #expect(memos.noteLinks.lastComputed == 1)
        #expect(memos.mentions.lastComputed == 1)
    }

    @Test func aHeadingOrANoteThatComesOrGoesRechecksEveryLink() throws {
        let course = try Course()
        try course.expectServedEqualsBuild("first build")
        let memos = course.session.incremental.sitewide
        let pages = memos.noteLinks.lastComputed

        // A link to a heading that is not there yet: the build's error, then none once it is.
        try course.append("\nSee [the new part](vpc.md#a-new-part).\n", to: "content/cidr.md")
        #expect(try !course.expectServedEqualsBuild("link to a missing heading"))
        try course.append("\n## A new part\n\nText.\n", to: "content/vpc.md")
        #expect(try course.expectServedEqualsBuild("the heading added"))
        #expect(memos.noteLinks.lastComputed == pages)

        // The heading's text edited, its id kept: the links' scope is the same.
        try course.replace("## A new part\n", with: "## A new PART\n", in: "content/vpc.md")
        #expect(try course.expectServedEqualsBuild("the heading's case changed"))
        #expect(memos.noteLinks.lastComputed == 0)

        // A link to a note, then the note deleted: every link is checked again.
        try course.folder.write(["content/extra.md": "---\ntitle: Extra\n---\n\n## Extra part\n"])
        try course.append("\nSee [extra](extra.md#extra-part).\n", to: "content/cidr.md")
        #expect(try course.expectServedEqualsBuild("a new note and a link to it"))
        try FileManager.default.removeItem(atPath: course.note("extra.md"))
        #expect(try !course.expectServedEqualsBuild("the note deleted"))
    }

    @Test func aNewTermRescansEveryNoteForIt() throws {
        let course = try Course()
        try course.expectServedEqualsBuild("first build")
        let memos = course.session.incremental.sitewide
        let pages = memos.mentions.lastComputed

        try course.append("\n- **Zebra subnet**: a term defined here, for the test.\n", to: "content/vpc.md")
        try course.append("\nThe zebra subnet is mentioned here.\n", to: "content/cidr.md")
        try course.expectServedEqualsBuild("a new term and a mention")
        #expect(memos.mentions.lastComputed == pages)
        let json = try Data(contentsOf: URL(fileURLWithPath: course.session.siteRoot + "/glossary.json"))
        let entries = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        let zebra = try #require(entries.first { $0["term"] as? String == "Zebra subnet" })
        #expect((zebra["used_in"] as? [String])?.contains("cidr.html") == true)
    }
}
