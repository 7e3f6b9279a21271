import ArgumentParser
import Foundation

@main
struct StudySiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studysite",
        abstract: "Turn course notes in Markdown into a static, JavaScript-free study site.",
        discussion: """
            Typical use:
              studysite build                 # content/ + templates/ → _site/
              \(openCommand) _site/index.html       # browse it from disk, or publish _site/ anywhere
            """,
        subcommands: [Build.self, CheckLinks.self, Serve.self, Lint.self],
        defaultSubcommand: Build.self
    )

    /// The command that opens a file in the desktop's browser.
    #if os(macOS)
    static let openCommand = "open    "
    #else
    static let openCommand = "xdg-open"
    #endif

    /// As ArgumentParser's own `main`, but usage errors exit 2 (not 64), the status `check-links` documents.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.error(message) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
