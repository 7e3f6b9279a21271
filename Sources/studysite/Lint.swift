import ArgumentParser
import Foundation
import StudySite

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report problems in the notes a reader would trip over.",
        discussion: """
            Placeholder lines, heading numbers that skip (7.1 → 7.5), "Resources" entries \
            without a URL, glossary definitions that are sentence fragments, unclosed code \
            fences, and table words too wide for a phone. Each is a warning with its \
            path:line; `build` prints the same warnings unless given --no-lint. Exit status 0 \
            with warnings, 1 with --strict, 1 when the content cannot be read.
            """
    )

    @Argument(help: "Folder with site.yml and the Markdown notes.")
    var contentDirectory = "content"

    @Flag(help: "Exit 1 when there is any warning.")
    var strict = false

    @Flag(help: "List every warning; by default repeated ones are shown once per note and kind, with a count.")
    var verbose = false

    func run() async throws {
        let log = DiagnosticLog()
        do {
            try Pipeline.lint(contentDirectory: contentDirectory, log: log)
        } catch {
            Console.print(diagnostics: log.warnings + error.diagnostics)
            throw ExitCode.failure
        }
        let warnings = log.warnings, errors = log.errors
        Console.print(diagnostics: verbose ? log.all : DiagnosticGroups.grouped(log.all))
        Console.error("Lint: \(errors.isEmpty ? "" : "\(errors.count) error\(errors.count == 1 ? "" : "s"), ")\(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(contentDirectory)")
        if let kinds = DiagnosticGroups.summary(warnings) { Console.error(kinds) }
        if !errors.isEmpty || (strict && !warnings.isEmpty) { throw ExitCode.failure }
    }
}
