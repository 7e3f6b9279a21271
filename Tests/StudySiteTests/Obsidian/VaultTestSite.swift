import Foundation
@testable import StudySite

/// Notes in memory run through the real pipeline's steps from the Markdown pass to the
/// finished pages, as a vault: `Home.md`, `networking/VPC Basics.md` … with three lines of
/// front matter each, so body line 1 is line 4 of the file.
enum VaultTestSite {
    struct Result {
        var site: Site
        var log: DiagnosticLog
        var extraFiles: [String: [UInt8]] { site.extraFiles }

        func html(_ slug: String) -> String {
            site.pages.first { $0.slug == slug }?.contentHTML ?? ""
        }

        /// Every diagnostic as the command line prints it.
        var messages: [String] { log.all.map(\.description) }
    }

    /// `notes` are file paths in the content folder → body Markdown; `images` paths → bytes.
    static func build(_ notes: [(path: String, markdown: String)], images: [String: [UInt8]] = [:], titles: [String: String] = [:]) throws -> Result {
        var state = BuildState()
        state.site = Site(contentDirectory: "content", config: SiteConfig(title: "Vault"), sections: [], pages: notes.map { page($0.path, title: titles[$0.path]) })
        state.markdown = notes.map(\.markdown)
        state.site.extraFiles = images  // as Content copies them
        let log = DiagnosticLog()
        let context = BuildContext(options: BuildOptions(), log: log)
        _ = try? Pipeline.steps(from: "markdown", through: "term links and blocks").run(&state, context: context)
        return Result(site: state.site, log: log)
    }

    /// `networking/VPC Basics.md` → the page `networking/vpc-basics`, titled `VPC Basics`.
    static func page(_ path: String, title: String? = nil) -> Page {
        let parts = path.dropLast(3).split(separator: "/").map(String.init)
        let slug = (parts.dropLast() + [Slug.fileSlug(parts.last!)]).joined(separator: "/")
        return Page(sourcePath: "content/" + path, slug: slug, section: parts.count > 1 ? parts[0] : "", title: title ?? parts.last!, bodyStartLine: 4)
    }
}
