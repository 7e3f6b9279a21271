import Foundation

extension Pipeline {
    /// Where each link of the site built from `contentDirectory` was written, for
    /// `check-links --content`: the pipeline's prefix up to the generated blocks (content,
    /// Markdown, glossary, reference tables), nothing rendered or written. Errors of the
    /// content stop it; problems later on (a broken note link, a bad block) do not, since
    /// the check is where they are reported.
    public static func linkSources(contentDirectory: String, templatesDirectory: String) throws(BuildFailure) -> LinkSources {
        var state = BuildState()
        let context = BuildContext(options: BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory), log: DiagnosticLog())
        _ = try steps(from: "content", through: "study").run(&state, context: context)
        // The study pages repeat the notes' and the glossary's links; they are made only from
        // a site without errors, as in a build.
        if context.log.errors.isEmpty {
            _ = try? steps(from: "term links and blocks", through: "study pages").run(&state, context: context)
        }
        return LinkSources(site: state.site, templatesDirectory: templatesDirectory)
    }
}
