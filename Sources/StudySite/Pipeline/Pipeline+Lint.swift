extension Pipeline {
    /// What `studysite lint` runs: the build's steps from reading the content through the
    /// glossary (which names fragment definitions), lint included; nothing is written.
    public static func lint(contentDirectory: String, log: DiagnosticLog) throws(BuildFailure) {
        var state = BuildState()
        let context = BuildContext(options: BuildOptions(contentDirectory: contentDirectory, lint: true), log: log)
        _ = try steps(from: "content", through: "glossary").run(&state, context: context)
    }
}
