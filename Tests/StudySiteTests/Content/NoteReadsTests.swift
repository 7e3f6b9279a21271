import Foundation
import Testing
@testable import StudySite

/// `ContentLoader.load(reusing:)`: a folder loaded again re-reads only the notes whose files
/// changed, and sees every note created, deleted or renamed, and every other input file.
@Suite struct NoteReadsTests {
    /// A content folder loaded again and again, as `serve` does, keeping the reads between loads.
    final class Folder {
        let folder: TemporaryDirectory
        var reads = NoteReads()
        var log = DiagnosticLog()

        init(_ files: [String: String]) throws {
            folder = try TemporaryDirectory()
            try folder.write(["site.yml": "title: Notes\n"].merging(files) { _, new in new }, under: "content")
        }

        func path(_ relative: String) -> String { folder.path("content/" + relative) }

        func write(_ relative: String, _ text: String) throws { try folder.write([relative: text], under: "content") }

        /// Loads the folder with the last load's reads; the same folder loaded afresh must give the same.
        func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> LoadedContent {
            log = DiagnosticLog()
            let content = try ContentLoader.load(contentDirectory: folder.path("content"), log: log, reusing: reads)
            reads = try #require(content.reads)
            let freshLog = DiagnosticLog()
            let fresh = try ContentLoader.load(contentDirectory: folder.path("content"), log: freshLog)
            #expect(content.site.pages == fresh.site.pages, sourceLocation: sourceLocation)
            #expect(content.site.sections == fresh.site.sections && content.site.config == fresh.site.config, sourceLocation: sourceLocation)
            #expect(content.markdown == fresh.markdown, sourceLocation: sourceLocation)
            #expect(content.files.glossary == fresh.files.glossary && content.files.data == fresh.files.data, sourceLocation: sourceLocation)
            #expect(log.all == freshLog.all, sourceLocation: sourceLocation)
            return content
        }

        /// Trusts every stamp, as if each file was saved long before the load (a test cannot wait).
        func trustStamps() { reads.trustAfter = 0 }
    }

    static let notes = [
        "a.md": "---\ntitle: A\nmystery: 1\n---\n\nText of a.\n",
        "b.md": "# B\n\nText of b.\n",
        "part/c.md": "---\ntitle: C\n---\n\nText of c.\n",
    ]

    @Test func anEditedNoteIsTheOnlyOneParsedAgain() throws {
        let folder = try Folder(Self.notes)
        #expect(try folder.load().site.pages.count == 3)
        #expect(folder.reads.parsedCount == 3)
        // The warning of a note that is not parsed again is still given.
        #expect(folder.log.warnings.map(\.message).contains { $0.contains("unknown key `mystery`") })

        try folder.write("b.md", "# B\n\nText of b, edited.\n")
        let content = try folder.load()
        #expect(folder.reads.parsedCount == 1)
        #expect(content.markdown.contains { $0.contains("Text of b, edited.") })
        #expect(folder.log.warnings.map(\.message).contains { $0.contains("unknown key `mystery`") })
    }

    @Test func filesChangedJustNowAreReadAgainButNotParsedAgain() throws {
        let folder = try Folder(Self.notes)
        _ = try folder.load()
        // Written a moment ago: the stamps are too fresh to prove a file unchanged.
        _ = try folder.load()
        #expect(folder.reads.readCount == 3)
        #expect(folder.reads.parsedCount == 0)
        // Long ago: trusted (once read again), then nothing is read.
        folder.trustStamps()
        _ = try folder.load()
        _ = try folder.load()
        #expect(folder.reads.readCount == 0)
        #expect(folder.reads.parsedCount == 0)
    }

    @Test func createdDeletedAndRenamedNotesAreSeen() throws {
        let folder = try Folder(Self.notes)
        folder.trustStamps()
        _ = try folder.load()

        try folder.write("part/d.md", "# D\n\nNew.\n")
        #expect(try folder.load().site.pages.map(\.slug).sorted() == ["a", "b", "part/c", "part/d"])
        #expect(folder.reads.parsedCount == 1)

        try FileManager.default.moveItem(atPath: folder.path("a.md"), toPath: folder.path("part/a2.md"))
        #expect(try folder.load().site.pages.map(\.slug).sorted() == ["b", "part/a2", "part/c", "part/d"])
        #expect(folder.reads.parsedCount == 1)

        // Renamed over another note: the same name, another file.
        try FileManager.default.moveItem(atPath: folder.path("part/d.md"), toPath: folder.path("tmp"))
        try FileManager.default.removeItem(atPath: folder.path("b.md"))
        try FileManager.default.moveItem(atPath: folder.path("tmp"), toPath: folder.path("b.md"))
        let content = try folder.load()
        #expect(content.site.pages.map(\.slug).sorted() == ["b", "part/a2", "part/c"])
        #expect(content.markdown.contains { $0.contains("New.") })

        try FileManager.default.removeItem(atPath: folder.path("part/c.md"))
        #expect(try folder.load().site.pages.map(\.slug).sorted() == ["b", "part/a2"])
        #expect(folder.reads.entries.keys.sorted() == ["b.md", "part/a2.md"])
    }

    @Test func aSameSizeEditWithItsOldTimeIsSeen() throws {
        let folder = try Folder(Self.notes)
        folder.trustStamps()
        _ = try folder.load()
        let before = try FileManager.default.attributesOfItem(atPath: folder.path("b.md"))[.modificationDate] as! Date
        // In place (same inode), same size, the modification time put back: only the inode's
        // change time tells. A pause first, so that time is a clock tick after the load's.
        Thread.sleep(forTimeInterval: 0.05)
        let handle = try #require(FileHandle(forWritingAtPath: folder.path("b.md")))
        try handle.write(contentsOf: Data("# X".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: folder.path("b.md"))
        #expect(try folder.load().markdown.contains { $0.hasPrefix("# X\n") })
    }

    @Test func siteYmlGlossaryAndDataFilesAreReadEachTime() throws {
        let folder = try Folder(Self.notes.merging(["glossary.yml": "- term: One\n  definition: First.\n", "data/x.yml": "a: 1\n"]) { _, new in new })
        folder.trustStamps()
        _ = try folder.load()
        try folder.write("site.yml", "title: Renamed\n")
        try folder.write("glossary.yml", "- term: Two\n  definition: Second.\n")
        try folder.write("data/x.yml", "a: 2\n")
        try folder.write("data/y.yml", "b: 3\n")
        let content = try folder.load()
        #expect(content.site.config.title == "Renamed")
        #expect(content.files.glossary?.text.contains("Two") == true)
        #expect(content.files.data.keys.sorted() == ["data/x.yml", "data/y.yml"])
        #expect(folder.reads.parsedCount == 0)
    }
}
