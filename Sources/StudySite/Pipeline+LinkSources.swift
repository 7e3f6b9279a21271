import Foundation

extension Pipeline {
    /// Where each link of the site built from `contentDirectory` was written, for
    /// `check-links --content`: the pipeline's prefix up to the generated blocks (content,
    /// Markdown, glossary, reference tables), nothing rendered or written. Errors of the
    /// content stop it; problems later on (a broken note link, a bad block) do not, since
    /// the check is where they are reported.
    public static func linkSources(contentDirectory: String, templatesDirectory: String) throws(BuildFailure) -> LinkSources {
        let log = DiagnosticLog()
        var site = try ContentLoader.load(contentDirectory: contentDirectory, log: log)
        try compileMarkdown(&site, options: CMark.Options(unsafeHTML: site.config.unsafeHTML), log: log)
        Glossary.generate(&site, log: log)
        ReferenceBlocks.generate(&site, log: log)
        return LinkSources(site: site, templatesDirectory: templatesDirectory)
    }
}
