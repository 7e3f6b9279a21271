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
            succeeds; on any error the previous site is left as it was.
            """
    )

    @Argument(help: "Folder with site.yml and the Markdown notes.")
    var contentDirectory = "content"

    @Option(name: .long, help: "Folder with the Mustache templates and assets/.")
    var templates = "templates"

    @Option(name: .shortAndLong, help: "Folder to write the site to.")
    var output = "_site"

    @Flag(name: .customLong("no-lint"), help: "Leave out the content warnings of `studysite lint` (glossary fragments aside).")
    var noLint = false

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    @Flag(name: .customLong("check-links"), help: "After writing the site, check its internal links and anchors; fail (exit 1) if one is broken.")
    var checkLinks = false

    func run() async throws {
        let log = DiagnosticLog()
        let options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templates, outputDirectory: output, lint: !noLint)
        let siteURL: String?
        do {
            let report = try Pipeline.build(options, log: log)
            siteURL = report.siteURL
            Console.print(diagnostics: report.warnings)
            Console.error(String(
                format: "Built %d pages (%d files) in %.2f s, %d warning%@. Open %@",
                report.pageCount, report.fileCount, report.seconds, report.warnings.count,
                report.warnings.count == 1 ? "" : "s", report.indexPath))
            if timings {
                for stage in report.stages {
                    Console.error("  " + stage.stage.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%7.3f s", stage.seconds))
                }
            }
        } catch {
            Console.print(diagnostics: log.warnings + error.diagnostics)
            Console.error("Build failed with \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s"); \(output) was not changed.")
            throw ExitCode.failure
        }
        if checkLinks { try CheckLinks.checkBuiltSite(at: output, siteURL: siteURL) }
    }
}
