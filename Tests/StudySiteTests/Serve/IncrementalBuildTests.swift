import Foundation
import Testing
@testable import StudySite

/// `serve`'s incremental rebuild: after any sequence of saves the folder it serves is, byte
/// for byte, what a fresh `build` of the same sources writes, and a save redoes only what it touched.
@Suite struct IncrementalBuildTests {
    /// A copy of the AWS course and the shipped templates, with a serve session over them.
    final class Course {
        let folder: TemporaryDirectory
        let session: PreviewSession

        init() throws {
            folder = try TemporaryDirectory()
            try FileManager.default.copyItem(atPath: Repository.content, toPath: folder.path("content"))
            try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
            session = try PreviewSession(contentDirectory: folder.path("content"), templatesDirectory: folder.path("templates"))
        }

        deinit { session.close() }

        func note(_ name: String) -> String { folder.path("content/" + name) }

        func append(_ text: String, to relative: String) throws {
            let path = folder.path(relative)
            try (String(contentsOfFile: path, encoding: .utf8) + text).write(toFile: path, atomically: true, encoding: .utf8)
        }

        func replace(_ old: String, with new: String, in relative: String) throws {
            let path = folder.path(relative)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// Rebuilds the session, builds the sources afresh, and checks that both failed or
        /// that the served folder equals the fresh site; `step` names the edit in failures.
        /// Returns whether the build succeeded (and the folders were compared).
        @discardableResult
        func expectServedEqualsBuild(_ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Bool {
            let outcome = session.rebuild()
            let fresh = folder.path("fresh-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(atPath: fresh) }
            let options = BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: folder.path("templates"), outputDirectory: fresh)
            let built = Result { () throws(BuildFailure) in try Pipeline.build(options, log: DiagnosticLog()) }
            switch built {
            case .success:
                #expect(outcome.errors.isEmpty, "\(step): serve failed where build did not: \(outcome.errors)", sourceLocation: sourceLocation)
                // What requests would read: the pages made on request (the print page) made.
                try session.prepareAll()
                let served = try FileTree.read(URL(fileURLWithPath: session.siteRoot))
                let expected = try FileTree.read(URL(fileURLWithPath: fresh))
                #expect(Set(served.keys) == Set(expected.keys), "\(step): files differ", sourceLocation: sourceLocation)
                let differing = expected.keys.filter { served[$0] != nil && served[$0] != expected[$0] }.sorted()
                #expect(differing.isEmpty, "\(step): contents differ in \(differing.prefix(5))", sourceLocation: sourceLocation)
                return true
            case .failure(let failure):
                #expect(Set(outcome.errors) == Set(failure.diagnostics), "\(step): serve and build report different errors", sourceLocation: sourceLocation)
                return false
            }
        }
    }

    /// Notes of the course edited at random (notes the test makes itself are the ones it moves and deletes).
    static let notes = ["vpc.md", "cidr.md", "compute-ec2.md", "key-terms.md", "serverless.md", "module-7-iam.md", "troubleshooting.md"]

    @Test(arguments: [UInt64(19), 2026])
    func randomSavesServeWhatBuildWrites(seed: UInt64) throws {
        let course = try Course()
        try course.expectServedEqualsBuild("first build")
        var random = SeededGenerator(seed: seed)
        var created: [String] = []
        var compared = 0
        for step in 1...12 {
            let note = Self.notes.randomElement(using: &random)!
            let kind = Int.random(in: 0..<10, using: &random)
            var edit: String
            switch kind {
            case 0:
                try course.append("\nA sentence added in step \(step).\n", to: "content/" + note)
                edit = "text edit of \(note)"
            case 1:
                try course.replace("\ntitle: \"", with: "\ntitle: \"Step \(step) ", in: "content/" + note)
                edit = "title edit of \(note)"
            case 2:
                try course.append("\n- **Propterm \(step)**: a term defined in step \(step), used with the VPC.\n", to: "content/" + note)
                edit = "new definition in \(note)"
            case 3:
                try course.replace("\norder: ", with: "\norder: 1", in: "content/" + note)
                edit = "order edit of \(note)"
            case 4:
                let name = Bool.random(using: &random) ? "extra-\(step).md" : "extra-section/extra-\(step).md"
                try course.folder.write(["content/" + name: "---\ntitle: Extra \(step)\norder: \(step)\n---\n\n## Heading \(step)\n\nThe VPC and Propterm text.\n"])
                created.append(name)
                edit = "new note \(name)"
            case 5 where !created.isEmpty:
                let old = created.removeFirst()
                let name = "moved-\(step).md"
                try FileManager.default.moveItem(atPath: course.note(old), toPath: course.note(name))
                created.append(name)
                edit = "rename of \(old) to \(name)"
            case 6 where !created.isEmpty:
                let gone = created.removeLast()
                try FileManager.default.removeItem(atPath: course.note(gone))
                edit = "deletion of \(gone)"
            case 7:
                try course.replace("</main>", with: "</main><!-- step \(step) -->", in: "templates/layout.mustache")
                edit = "template edit"
            case 8:
                try course.append("\n/* step \(step) */\n", to: "templates/assets/style.css")
                edit = "asset edit"
            default:
                try course.replace("\ndescription: \"", with: "\ndescription: \"Step \(step) ", in: "content/site.yml")
                edit = "site.yml edit"
            }
            if try course.expectServedEqualsBuild("seed \(seed), step \(step), \(edit)") { compared += 1 }
        }
        // Every edit keeps the course buildable: each step compared whole sites.
        #expect(compared == 12)
    }

    @Test func aTextEditRedoesOneNoteAndWritesOnlyWhatChanged() throws {
        let course = try Course()
        #expect(course.session.rebuild().errors.isEmpty)
        let pages = course.session.incremental.markdown.lastComputed
        #expect(pages > 10)
        try course.append("\nOne more sentence.\n", to: "content/vpc.md")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.markdown.lastComputed == 1)
        #expect(course.session.incremental.finishing.lastComputed == 1)
        #expect(course.session.incremental.lint.lastComputed == 1)
        let (rendered, notes, changed) = course.session.incremental.output.lastBuild
        #expect(notes == 1)
        // The note's page, the print page holding it and the files made every time (404,
        // sitemap), not the other notes nor the pages listing the site or the other study
        // pages; written: those the sentence shows in, and the search files holding its words.
        #expect(rendered <= 4)
        #expect(changed < 10)
        try course.expectServedEqualsBuild("text edit")

        // A template change renders every page again but parses nothing.
        try course.replace("</main>", with: "</main><!-- edited -->", in: "templates/layout.mustache")
        #expect(course.session.rebuild().errors.isEmpty)
        #expect(course.session.incremental.markdown.lastComputed == 0)
        #expect(course.session.incremental.output.lastBuild.notes == pages)
    }

    @Test func aTitleEditInASectionMakesThatSectionsSidebarAgainOnly() throws {
        let course = try Course()
        let note = { (title: String, order: Int) in "---\ntitle: \(title)\norder: \(order)\n---\n\nSome text.\n" }
        try course.folder.write([
            "content/first/a.md": note("First A", 1), "content/first/b.md": note("First B", 2),
            "content/second/c.md": note("Second C", 1), "content/second/d.md": note("Second D", 2),
        ])
        try course.expectServedEqualsBuild("two sections")

        // The retitled page and the other page of its section (their sidebar lists the title),
        // and the next page in reading order (its "previous" link): not the other section's.
        try course.replace("title: First B", with: "title: First B, retitled", in: "content/first/b.md")
        try course.expectServedEqualsBuild("title edit in a section")
        #expect(course.session.incremental.output.lastBuild.notes <= 3)

        // A page moved to the other section changes both sections' sidebars.
        try FileManager.default.moveItem(atPath: course.note("first/a.md"), toPath: course.note("second/a.md"))
        try course.expectServedEqualsBuild("a page moved between sections")
    }
}
