import Foundation
import Testing

/// The real binary refuses every output folder that holds the user's own files (exit 1,
/// a message, nothing touched), and replaces only a folder it marked, or any with --force.
@Suite struct OutputFolderTests {
    /// A project: notes, templates, a file and a fake `.git/`, as a user's repository has.
    static func project() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write([
            "project/content/site.yml": "title: Course\n",
            "project/content/a.md": "---\ntitle: A\n---\n\nText.\n",
            "project/notes.txt": "my only copy\n",
            "project/.git/HEAD": "ref: refs/heads/main\n",
        ])
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("project/templates"))
        return folder
    }

    func build(_ output: [String], in directory: URL, content: String = "content", templates: String = "templates") throws -> CommandResult {
        try runStudySite(["build", content, "--templates", templates] + output, in: directory)
    }

    /// Everything under `folder`, hidden files included, so a changed or added file shows.
    func snapshot(_ folder: TemporaryDirectory) throws -> [String: Data] {
        try FileTree.read(folder.url)
    }

    func expectRefused(_ output: [String], cwd: String = "project", content: String = "content", templates: String = "templates", message: String,
                       prepare: (TemporaryDirectory) throws -> Void = { _ in }) throws {
        let folder = try Self.project()
        try prepare(folder)
        let before = try snapshot(folder)
        let result = try build(output, in: folder.url.appendingPathComponent(cwd), content: content, templates: templates)
        #expect(result.status == 1, "\(output): exit \(result.status)\n\(result.stderr)")
        #expect(result.stderr.contains("error: refusing to write the site: "), "\(output): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(output): \(result.stderr)")
        #expect(try snapshot(folder) == before, "\(output): files changed")
    }

    @Test func theCurrentFolderAndFoldersAboveItAreRefused() throws {
        try expectRefused(["-o", "."], message: "is the current folder or holds it")
        try expectRefused(["-o", ".."], message: "is the current folder or holds it")
        try expectRefused(["--output", ""], message: "the output folder is empty")
    }

    @Test func theContentAndTemplatesFoldersAndWhatHoldsThemAreRefused() throws {
        try expectRefused(["-o", "content"], message: "is, holds or lies inside the content folder")
        try expectRefused(["-o", "templates"], message: "is, holds or lies inside the templates folder")
        try expectRefused(["-o", "content/site"], message: "lies inside the content folder")
        // The project root, named from outside it.
        try expectRefused(["-o", "project"], cwd: "", content: "project/content", templates: "project/templates", message: "holds or lies inside the content folder")
        // Through a symbolic link: the real paths are compared.
        try expectRefused(["-o", "link"], message: "the content folder") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.path("project/link"), withDestinationPath: folder.path("project/content"))
        }
    }

    @Test func aFileAndAnUnmarkedFolderAreRefused() throws {
        try expectRefused(["-o", "notes.txt"], message: "notes.txt is a file, not a folder")
        try expectRefused(["-o", "mine"], message: "mine is a folder StudySite did not write") { folder in
            try folder.write(["project/mine/thesis.tex": "years of work\n"])
        }
    }

    @Test func forceReplacesAnUnmarkedFolderButNothingElse() throws {
        let folder = try Self.project()
        try folder.write(["project/mine/old.html": "old\n"])
        let project = folder.url.appendingPathComponent("project")
        let result = try build(["-o", "mine", "--force"], in: project)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("project/mine/.studysite-output")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("project/mine/old.html")))
        let dot = try build(["-o", ".", "--force"], in: project)
        #expect(dot.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.path("project/notes.txt")))
    }

    @Test func aNewAnEmptyAndAMarkedFolderAreBuilt() throws {
        let folder = try Self.project()
        try FileManager.default.createDirectory(atPath: folder.path("project/empty"), withIntermediateDirectories: true)
        let project = folder.url.appendingPathComponent("project")
        for output in ["empty", "_site", "_site", "out/nested/site"] {
            let result = try build(["-o", output], in: project)
            #expect(result.status == 0, "\(output): \(result.stderr)")
            #expect(try folder.read("project/\(output)/.studysite-output").contains("StudySite"))
            #expect(FileManager.default.fileExists(atPath: folder.path("project/\(output)/a.html")))
        }
        #expect(try folder.read("project/notes.txt") == "my only copy\n")
    }

    @Test func aSiteBuiltBeforeTheMarkerIsRecognisedByItsGenerator() throws {
        let folder = try Self.project()
        try folder.write(["project/_site/index.html": "<!DOCTYPE html><head><meta name=\"generator\" content=\"StudySite\">\n"])
        let result = try build(["-o", "_site"], in: folder.url.appendingPathComponent("project"))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func stagingFoldersOfAKilledBuildAreRemovedButNotOthers() throws {
        let folder = try Self.project()
        // 4194305 is above Linux's highest process id: no build of that id runs.
        try folder.write([
            "project/._site.new-4194305-17/.studysite-output": "x",
            "project/._site.old-4194305-18/.studysite-output": "x",
            "project/._site.new-4194305-19/unmarked.txt": "not ours",
            "project/.other.new-4194305-20/.studysite-output": "x",
        ])
        let result = try build(["-o", "_site"], in: folder.url.appendingPathComponent("project"))
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path("project")).filter { $0.contains(".new-") || $0.contains(".old-") }
        #expect(left.sorted() == [".other.new-4194305-20", "._site.new-4194305-19"].sorted())
    }
}
