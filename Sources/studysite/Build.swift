import ArgumentParser
import Foundation
import StudySite

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from a content directory.",
        discussion: """
            Reads CONTENT_DIR/site.yml and every CONTENT_DIR/**/*.md note (with YAML front matter: \
            title, order, summary), renders them through the Mustache templates, and writes the \
            site to the output directory. The output is replaced only when the whole build \
            (and --check-links) succeeds; on any error the previous site is left as it was. \
            StudySite marks its output with a .studysite-output file and refuses to replace \
            the current folder, the content or templates folder, a file, or a non-empty \
            folder without the mark (--force replaces the latter).
            """
    )

    @Argument(help: "Folder with site.yml and the Markdown notes.")
    var contentDirectory = "content"

    @Option(name: .long, help: "Folder with the Mustache templates and assets/.")
    var templates = "templates"

    @Option(name: .shortAndLong, help: "Folder to write the site to.")
    var output = "_site"

    @Option(name: .long, help: "Folder for results kept between builds, such as dot's diagrams (default: .studysite-cache beside CONTENT_DIR).")
    var cache: String?

    @Flag(name: .customLong("no-lint"), help: "Leave out the content warnings of `studysite lint` (glossary fragments aside).")
    var noLint = false

    @Flag(help: "Print how long each step of the build took.")
    var timings = false

    @Flag(help: "Print each step of the build as it starts ([3/7] markdown).")
    var progress = false

    @Flag(name: .customLong("check-links"), help: "Check the new site's internal links and anchors before it replaces the previous one; fail (exit 1) if one is broken.")
    var checkLinks = false

    @Flag(help: "Replace the output folder even if StudySite did not write it (it has no .studysite-output file).")
    var force = false

    @Flag(help: "List every warning; by default repeated ones are shown once per note and kind, with a count.")
    var verbose = false

    func run() async throws {
        let log = DiagnosticLog()
        let output = output
        var options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templates, outputDirectory: output,
            cacheDirectory: cacheDirectory(), force: force, lint: !noLint)
        if progress { options.progress = { number, count, name in Console.error("[\(number)/\(count)] \(name)") } }
        if checkLinks {
            options.verifyStagedSite = { (staged: StagedSite) throws(BuildFailure) -> Void in
                try CheckLinks.checkStagedSite(staged, shownAs: output)
            }
        }
        do {
            let report = try Pipeline.build(options, log: log)
            Console.print(diagnostics: verbose ? report.warnings : DiagnosticGroups.grouped(report.warnings))
            Console.error(String(
                format: "Built %d pages (%d files) in %.2f s, %d warning%@. Open %@",
                report.pageCount, report.fileCount, report.seconds, report.warnings.count,
                report.warnings.count == 1 ? "" : "s", report.indexPath))
            if let kinds = DiagnosticGroups.summary(report.warnings) { Console.error(kinds) }
            if timings {
                for stage in report.stages {
                    Console.error("  " + stage.stage.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%7.3f s", stage.seconds))
                }
            }
        } catch {
            Console.print(diagnostics: (verbose ? log.warnings : DiagnosticGroups.grouped(log.warnings)) + error.diagnostics)
            let step = error.step.map { " in step \"\($0)\"" } ?? ""
            Console.error("Build failed with \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s")\(step); \(output.isEmpty ? "nothing was changed" : output + " was not changed").")
            throw ExitCode.failure
        }
    }

    /// `--cache`, or `.studysite-cache` beside the content folder.
    private func cacheDirectory() -> String {
        cache ?? BuildOptions.defaultCacheDirectory(content: contentDirectory)
    }
}
