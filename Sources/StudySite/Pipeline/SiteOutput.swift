import Foundation

/// The last step: renders every page through the templates and streams it into a staged
/// copy of the site, swapped in at the end; on any error the staged files go and the
/// previous site stays.
enum SiteOutput {
    /// Returns the number of files written (assets aside).
    /// `verify` runs on the complete staged site before it replaces the previous one.
    static func write(
        _ site: Site, templates: TemplateRenderer, assets: URL, to output: String,
        verify: (@Sendable (StagedSite) throws(BuildFailure) -> Void)? = nil, linkSources: LinkSources? = nil
    ) throws(BuildFailure) -> Int {
        let renderer = try SiteRenderer(site: site, templates: templates)
        let writer = try SiteWriter(output: output)
        do throws(BuildFailure) {
            try writer.prepareFolders(for: renderer.outputPaths + site.extraFiles.keys)
            var count = try renderer.renderFiles { path, contents throws(BuildFailure) in try writer.write(contents, to: path) }
            for (path, bytes) in site.extraFiles.sorted(by: { $0.key < $1.key }) {
                try writer.write(bytes: bytes, to: path)
                count += 1
            }
            // A site built with `search: false` carries no script at all.
            try writer.copyAssets(from: assets, leavingOut: site.config.search ? [] : [SearchIndex.scriptAsset])
            try verify?(StagedSite(path: writer.stagedPath, siteURL: site.config.baseURL, linkSources: linkSources))
            try writer.commit()
            return count
        } catch {
            writer.discard()
            throw error
        }
    }
}
