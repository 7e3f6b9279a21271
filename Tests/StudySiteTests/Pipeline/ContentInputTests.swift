import Foundation
import Testing
@testable import StudySite

/// Files as editors and file systems really leave them: byte order marks, old line endings,
/// pipes, links, names that are not UTF-8, folders that cannot be read. Through the real binary.
@Suite struct ContentInputTests {
    /// A site with the shipped templates and `files` in its content folder.
    static func site(_ files: [String: String]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(["content/site.yml": "title: Course\n"])
        try folder.write(files, under: "content")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        return folder
    }

    /// Builds, killing the build after 60 s: a FIFO once blocked it forever.
    static func build(_ folder: TemporaryDirectory) throws -> CommandResult {
        let process = Process()
        process.executableURL = Repository.binary
        process.arguments = ["build", "content", "--templates", "templates", "--output", "_site"]
        process.currentDirectoryURL = folder.url
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return CommandResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func byteOrderMarkAndEveryLineEndingAreRead() throws {
        let folder = try Self.site([
            "bom.md": "\u{FEFF}---\ntitle: With BOM\n---\n\nBody one.\n",
            "crlf.md": "---\r\ntitle: Windows\r\norder: 2\r\n---\r\n\r\n## Part\r\n\r\nBody two.\r\n",
            "cr.md": "---\rtitle: Old Mac\rorder: 3\r---\r\rBody three.\r\r~~~\rcode\r",
        ])
        let result = try Self.build(folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try folder.read("_site/bom.html").contains("<p>Body one.</p>"))
        #expect(try folder.read("_site/crlf.html").contains("<p>Body two.</p>"))
        #expect(try folder.read("_site/cr.html").contains("<p>Body three.</p>"))
        #expect(try folder.read("_site/cr.html").contains("Old Mac"))
        // Lines count as the editor shows them: the CR-only note's fence is on line 8.
        #expect(result.stderr.contains("content/cr.md:8:1: warning: code fence ~~~ is never closed"), "\(result.stderr)")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let folder = try Self.site(["a.md": "---\ntitle: \"Unclosed\norder: 1\nsummary: x\n---\nBody.\n"])
        let result = try Self.build(folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:2:8: error: invalid YAML: "), "\(result.stderr)")
        #expect(result.stderr.contains("(while scanning a quoted scalar that starts here)"), "\(result.stderr)")
    }

    /// Independent problems of several notes (and of later stages) come out of one run.
    @Test func everyNotesProblemIsReportedInOneRun() throws {
        let folder = try Self.site([
            "a.md": "---\ntitle: \"Unclosed\n---\nBody.\n",
            "b.md": "---\norder: two\n---\nNo title.\n",
            "c.md": "---\ntitle: C\n---\n\n" + String(repeating: ">", count: 2000) + " deep\n",
            "d.md": "---\ntitle: D\n---\n\n```cidr-table\nblock: 10.0.0.0/33\n```\n",
            "sub/e.md": "---\ntitle: E\nslug: Bad Slug\n---\n",
        ])
        let result = try Self.build(folder)
        #expect(result.status == 1)
        for expected in ["content/a.md:2:8: error:", "content/b.md:2:8: error: order must be a whole number",
                         "content/c.md:5: error: Markdown nested", "content/d.md:", "content/sub/e.md:3:7: error: slug"] {
            #expect(result.stderr.contains(expected), "missing \(expected) in:\n\(result.stderr)")
        }
        #expect(result.stderr.contains("Build failed with 5 errors"), "\(result.stderr)")
    }

    @Test func aFileNameThatIsNotUTF8IsSaidToBeSo() throws {
        let folder = try Self.site(["good.md": "---\ntitle: Good\n---\n"])
        let name = Array(folder.path("content/bad").utf8) + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)
        let result = try Self.build(folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/bad\u{FFFD}.md: error: the name \"bad\u{FFFD}.md\" is not valid UTF-8"), "\(result.stderr)")
        #expect(!result.stderr.contains("No such file"))
    }

    /// A folder the build cannot list is not "not found". (As root every folder can be read,
    /// so a link that loops stands in for it; a folder without permissions is tried too when
    /// the tests do not run as root.)
    @Test func anUnreadableFolderSaysWhy() throws {
        let folder = try Self.site(["a.md": "---\ntitle: A\n---\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.path("loop"), withDestinationPath: "loop")
        let process = try runStudySite(["build", "loop", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(process.status == 1)
        #expect(process.stderr.contains("loop: error: cannot read the content directory: Too many levels of symbolic links"), "\(process.stderr)")
        if geteuid() != 0 {
            try folder.write(["content/locked/n.md": "---\ntitle: N\n---\n"])
            chmod(folder.path("content/locked"), 0)
            defer { chmod(folder.path("content/locked"), 0o755) }
            let result = try Self.build(folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("content/locked: error: cannot read folder: Permission denied"), "\(result.stderr)")
        }
    }

    @Test func aFIFOIsSkippedWithAWarningAndNeverOpened() throws {
        let folder = try Self.site(["a.md": "---\ntitle: A\n---\nText.\n"])
        try #require(mkfifo(folder.path("content/pipe.md"), 0o644) == 0)
        let result = try Self.build(folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/pipe.md: warning: skipped: a named pipe (FIFO), not a regular file"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site/pipe.html")))
    }

    @Test func linksOutOfTheContentFolderAreErrorsNamingTheLink() throws {
        let folder = try Self.site(["real.md": "---\ntitle: Real\n---\nInside.\n"])
        try folder.write(["outside.md": "---\ntitle: Secret\n---\nNot for publishing.\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.path("content/zero.md"), withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder.path("content/secret.md"), withDestinationPath: "../outside.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path("content/alias.md"), withDestinationPath: "real.md")
        let result = try Self.build(folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/zero.md: error: symbolic link points outside the content folder, to /dev/zero"), "\(result.stderr)")
        #expect(result.stderr.contains("content/secret.md: error: symbolic link points outside the content folder, to \(folder.url.resolvingSymlinksInPath().path)/outside.md"), "\(result.stderr)")
        #expect(!result.stderr.contains("alias.md"))
        #expect(!result.stderr.contains("Success"))

        try FileManager.default.removeItem(atPath: folder.path("content/zero.md"))
        try FileManager.default.removeItem(atPath: folder.path("content/secret.md"))
        let inside = try Self.build(folder)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(try folder.read("_site/alias.html").contains("<p>Inside.</p>"))
    }

    @Test func assetLinksMustStayInsideTheAssetsFolder() throws {
        let folder = try Self.site(["a.md": "---\ntitle: A\n---\n"])
        try folder.write(["secret.txt": "private\n", "templates/assets/fonts/f.txt": "font\n"])
        try FileManager.default.createSymbolicLink(atPath: folder.path("templates/assets/leak.txt"), withDestinationPath: "../../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("templates/assets/same.txt"), withDestinationPath: "fonts/f.txt")
        let result = try Self.build(folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/assets/leak.txt: error: symbolic link points outside templates/assets"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site")))

        try FileManager.default.removeItem(atPath: folder.path("templates/assets/leak.txt"))
        let inside = try Self.build(folder)
        #expect(inside.status == 0, "\(inside.stderr)")
        // The link inside is copied as the file it names, not as a link.
        let copied = folder.path("_site/assets/same.txt")
        #expect(try FileManager.default.attributesOfItem(atPath: copied)[.type] as? FileAttributeType == .typeRegular)
        #expect(try folder.read("_site/assets/same.txt") == "font\n")
    }
}
