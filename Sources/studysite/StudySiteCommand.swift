import ArgumentParser

@main
struct StudySiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "studysite",
        abstract: "Turn course notes in Markdown into a static, JavaScript-free study site.",
        discussion: """
            Typical use:
              studysite build                 # content/ + templates/ → _site/
              open _site/index.html           # browse it from disk, or publish _site/ anywhere
            """,
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}
