import Foundation
import Synchronization

/// The site `serve` shows: built into a private folder it owns (never the user's `_site/`),
/// rebuilt when a source changes, incrementally: the parsed notes stay in memory between
/// builds and a save redoes only what it touched (see `IncrementalSteps`). A failed build
/// keeps the last good site and remembers its errors for the overlay; every finished build,
/// good or bad, is a new generation that open pages reload to.
public final class PreviewSession: Sendable {
    public struct Outcome: Sendable {
        public var generation: Int
        public var errors: [Diagnostic]
        public var warnings: [Diagnostic]
        public var seconds: Double
        public var pageCount: Int
        /// Wall time of each step (`serve --timings`).
        public var stages: [StageTiming]
    }

    private struct State {
        var generation = 0
        var errors: [Diagnostic] = []
    }

    let contentDirectory: String
    let templatesDirectory: String
    /// The folder holding the private build; removed by `close`.
    let workFolder: String
    /// The built site's real path (what requests resolve against).
    let siteRoot: String
    let broadcaster = ReloadBroadcaster()
    /// The build's steps with what they made of each note kept from one build to the next.
    let incremental: IncrementalSteps
    private let state = Mutex(State())
    private let building = Mutex(())
    /// The sources as the first build found them, for `watch` to compare with: a save made
    /// during that build (or before `watch` has scanned 10,000 files) is still a change.
    let firstSources = Mutex<[String: SourceWatcher.Stamp]?>(nil)

    public init(contentDirectory: String, templatesDirectory: String) throws(BuildFailure) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("studysite-serve-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw BuildFailure(.error("cannot create a folder for the preview in \(FileManager.default.temporaryDirectory.path)"))
        }
        let folder = SitePath.realPath(String(cString: made)) ?? String(cString: made)
        workFolder = folder
        siteRoot = folder + "/site"
        let scratch = folder + "/scratch"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false)
        incremental = IncrementalSteps(siteRoot: siteRoot, scratch: scratch)
    }

    /// The folders whose changes trigger a rebuild.
    public var watchedFolders: [String] { [contentDirectory, templatesDirectory] }

    public var generation: Int { state.withLock { $0.generation } }
    public var errors: [Diagnostic] { state.withLock { $0.errors } }

    /// Builds the site into the private folder; one build at a time.
    @discardableResult
    public func rebuild() -> Outcome {
        building.withLock { _ in
            firstSources.withLock { sources in
                if sources == nil { sources = SourceWatcher(folders: watchedFolders).scan() }
            }
            let log = DiagnosticLog()
            let start = ContinuousClock.now
            let options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory, outputDirectory: siteRoot,
                cacheDirectory: BuildOptions.defaultCacheDirectory(content: contentDirectory))
            var outcome = Outcome(generation: 0, errors: [], warnings: [], seconds: 0, pageCount: 0, stages: [])
            do throws(BuildFailure) {
                var state = BuildState()
                outcome.stages = try incremental.steps.run(&state, context: BuildContext(options: options, log: log))
                outcome.pageCount = state.site.pages.count
            } catch {
                outcome.errors = error.diagnostics
            }
            outcome.seconds = start.duration(to: .now).seconds
            outcome.generation = state.withLock { state in
                state.generation += 1
                state.errors = outcome.errors
                return state.generation
            }
            broadcaster.publish(outcome.generation)
            // Sorted after the pages are told to reload: a large site has thousands of warnings.
            outcome.warnings = log.warnings
            return outcome
        }
    }

    /// Before the file at `path` (a real path in the site) is read: makes it if the last
    /// build left it to be made on request (the print page), waiting for a build under way.
    public func prepare(_ path: String) throws(BuildFailure) {
        guard path.hasPrefix(siteRoot + "/") else { return }
        let relative = String(path.dropFirst(siteRoot.count + 1))
        try building.withLock { _ throws(BuildFailure) in try incremental.output.fill(relative) }
    }

    /// Makes every page the last build left to be made on request, as a request for each would.
    func prepareAll() throws(BuildFailure) {
        for path in incremental.output.deferredPaths { try prepare(siteRoot + "/" + path) }
    }

    /// Ends every open event stream and removes the private build.
    public func close() {
        broadcaster.finishAll()
        try? FileManager.default.removeItem(atPath: workFolder)
    }
}
