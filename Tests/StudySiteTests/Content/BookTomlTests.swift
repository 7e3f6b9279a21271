import Foundation
import Testing
@testable import StudySite

/// An mdBook book built as it is: book.toml, beside `src/`, names the site when there is no site.yml.
@Suite struct BookTomlTests {
    static let toml = """
        [book]
        title = "The \\"Rusty\\" Book"
        description = "Notes on Rust"
        authors = ["Ann", "Bo"]
        language = "de"
        src = "src"

        [output.html]
        default-theme = "light"
        """

    @Test func theBooksTitleAuthorsAndLanguageNameTheSite() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["book/book.toml": Self.toml, "book/src/SUMMARY.md": "# Summary\n\n- [Intro](intro.md)\n", "book/src/intro.md": "# Intro\n\nText.\n"])
        let log = DiagnosticLog()
        let config = try ContentLoader.load(contentDirectory: folder.path("book/src"), log: log).site.config
        #expect(log.all.isEmpty, "\(log.all)")
        #expect(config.title == "The \"Rusty\" Book")
        #expect(config.description == "Notes on Rust")
        #expect(config.author == "Ann, Bo")
        #expect(config.language == "de")
    }

    @Test func aSiteYmlWinsAndABrokenBookTomlIsAWarning() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["book/book.toml": Self.toml, "book/src/site.yml": "title: Mine\n", "book/src/intro.md": "# Intro\n"])
        #expect(try ContentLoader.load(contentDirectory: folder.path("book/src"), log: DiagnosticLog()).site.config.title == "Mine")

        try folder.write(["broken/book.toml": "[book\ntitle = 1\n", "broken/src/intro.md": "# Intro\n"])
        let log = DiagnosticLog()
        let config = try ContentLoader.load(contentDirectory: folder.path("broken/src"), log: log).site.config
        #expect(config.title == "Broken", "named after the book's folder")
        #expect(log.warnings.contains { $0.message.hasPrefix("cannot read book.toml:") && $0.location?.path.hasSuffix("broken/src/../book.toml") == true }, "\(log.warnings)")
    }

    @Test func theBooksOwnFolderPointsAtItsSource() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["book/book.toml": Self.toml, "book/src/intro.md": "# Intro\n"])
        let log = DiagnosticLog()
        _ = try ContentLoader.load(contentDirectory: folder.path("book"), log: log)
        #expect(log.warnings.map(\.message) == ["this is an mdBook book, whose notes are in src/: build that folder (studysite build \(folder.path("book"))/src)"])
    }
}
