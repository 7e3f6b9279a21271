import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Replace an output folder StudySite did not write (see `OutputFolder`).
    public var force: Bool
    /// Runs on the complete staged site just before it replaces the previous one; a
    /// failure here leaves the previous site as it was (`build --check-links`).
    public var verifyStagedSite: (@Sendable (StagedSite) throws(BuildFailure) -> Void)?
    /// Results kept between builds (see `DiagramCache`); nil keeps none.
    public var cacheDirectory: String?
    /// Report `ContentLint`'s warnings too (`build --no-lint` turns them off).
    public var lint: Bool
    /// Called before each step with its number (from 1), the number of steps and its name.
    public var progress: (@Sendable (_ step: Int, _ of: Int, _ name: String) -> Void)?

    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "_site",
        cacheDirectory: String? = nil, force: Bool = false, lint: Bool = true, verifyStagedSite: (@Sendable (StagedSite) throws(BuildFailure) -> Void)? = nil,
        progress: (@Sendable (Int, Int, String) -> Void)? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.cacheDirectory = cacheDirectory
        self.force = force
        self.lint = lint
        self.verifyStagedSite = verifyStagedSite
        self.progress = progress
    }
}

extension BuildOptions {
    /// `.studysite-cache` beside the content folder: where `build` and `serve` keep results
    /// between builds unless told otherwise.
    public static func defaultCacheDirectory(content: String) -> String {
        URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".studysite-cache").path
    }
}

/// A site written but not yet swapped in, for `BuildOptions.verifyStagedSite`.
public struct StagedSite: Sendable {
    /// The staged folder, beside the output folder.
    public var path: String
    /// `base_url` from site.yml.
    public var siteURL: String?
    /// Where each link was written, so findings name the note and line.
    public var linkSources: LinkSources?
}

/// What a build did, for the summary line.
public struct BuildReport: Sendable {
    public var pageCount: Int
    public var fileCount: Int
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var indexPath: String
    /// Wall time of each step, in order.
    public var stages: [StageTiming]
    /// `base_url` from site.yml, for a link check of the built site.
    public var siteURL: String?
}

/// How long one step of a build took, for `studysite build --timings` and for profiling.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
}
