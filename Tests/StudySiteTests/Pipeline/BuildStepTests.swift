import Foundation
import Synchronization
import Testing
@testable import StudySite

/// The runner of the build's steps: progress, timings and the failing step's name come from it.
@Suite struct BuildStepTests {
    static let content = Repository.fixtures.appendingPathComponent("basic/content").path

    @Test func everyStepIsAnnouncedAndTimedInOrder() throws {
        let folder = try TemporaryDirectory()
        let announced = Mutex<[String]>([])
        let options = BuildOptions(
            contentDirectory: Self.content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site"),
            progress: { number, count, name in announced.withLock { $0.append("\(number)/\(count) \(name)") } })
        let report = try Pipeline.build(options, log: DiagnosticLog())
        let names = Pipeline.steps.map(\.name)
        #expect(report.stages.map(\.stage) == names)
        #expect(announced.withLock { $0 } == names.enumerated().map { "\($0.offset + 1)/\(names.count) \($0.element)" })
    }

    @Test func aFailureNamesTheStepItCameFrom() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["content/site.yml": "title: [unclosed\n", "content/a.md": "---\ntitle: A\n---\nx\n"])
        let options = BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site"))
        #expect { try Pipeline.build(options, log: DiagnosticLog()) } throws: { error in
            (error as? BuildFailure)?.step == "content"
        }
    }

    /// A build in a cancelled task (`serve` after Ctrl-C) stops before its next step, with nothing written.
    @Test func aCancelledBuildStopsBetweenSteps() async throws {
        let folder = try TemporaryDirectory()
        let options = BuildOptions(contentDirectory: Self.content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site"))
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return Result { () throws(BuildFailure) in try Pipeline.build(options, log: DiagnosticLog()) }
        }
        guard case .failure(let failure) = await task.value else {
            Issue.record("a cancelled build finished")
            return
        }
        #expect(failure.step == Pipeline.steps.first?.name)
        #expect(failure.diagnostics.map(\.message) == ["the build was stopped"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site")))
    }

    /// A prefix of the real list stops where it is told: the pages have their HTML, nothing is written.
    @Test func aPrefixOfTheStepsRunsWithoutWriting() throws {
        let folder = try TemporaryDirectory()
        var state = BuildState()
        let context = BuildContext(
            options: BuildOptions(contentDirectory: Self.content, templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
            log: DiagnosticLog())
        let timings = try Pipeline.steps(through: "term links and blocks").run(&state, context: context)
        #expect(timings.last?.stage == "term links and blocks")
        #expect(!state.site.pages.isEmpty && state.site.pages.allSatisfy { !$0.contentHTML.isEmpty })
        #expect(state.markdown.isEmpty && state.drafts.isEmpty && state.searchableText.isEmpty && state.sectionTexts.isEmpty, "scratch data is dropped after its last reader")
        #expect(!FileManager.default.fileExists(atPath: folder.path("_site")))
    }
}
