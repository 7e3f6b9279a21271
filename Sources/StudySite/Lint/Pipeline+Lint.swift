extension Pipeline {
    /// What `studysite lint` runs: the content read and compiled as a build would, the glossary
    /// merged (it names fragment definitions), then `ContentLint`; nothing is written.
    public static func lint(contentDirectory: String, log: DiagnosticLog) throws(BuildFailure) {
        var site = try ContentLoader.load(contentDirectory: contentDirectory, log: log)
        ContentLint.run(site, log: log)
        try compileMarkdown(&site, options: CMark.Options(unsafeHTML: site.config.unsafeHTML), log: log)
        Glossary.generate(&site, log: log)
    }
}
