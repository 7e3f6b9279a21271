import Foundation

/// Links from one note to another (`vpc.md`, `vpc.md#subnets`) or to a heading of its own
/// (`#subnets`), checked by the build itself with the note's line: the page must be one the
/// build writes, and the fragment an anchor on it. Runs after the Markdown stage, when every
/// note's headings are known; reports every broken link of every note.
enum NoteLinkCheck {
    static func run(_ site: Site, log: DiagnosticLog) {
        let targets = Targets(site)
        for page in site.pages { log.report(diagnostics(for: page, in: targets)) }
    }

    /// What a note's links are checked against: every page the build writes and its anchors.
    struct Targets {
        let site: Site
        let pagesByOutput: [String: Int]
        /// The pages the build makes besides the notes (`index.md` names the home page), and
        /// the notes that could not be read: a link to one is not an error of its own.
        let generated: Set<String>

        init(_ site: Site) {
            self.site = site
            var pagesByOutput: [String: Int] = [:]
            for (index, page) in site.pages.enumerated() { pagesByOutput[page.outputPath] = index }
            self.pagesByOutput = pagesByOutput
            generated = Set(["index.html", "glossary.html"] + site.sections.filter { !$0.path.isEmpty }.map { $0.path + "/index.html" })
                .union(site.unreadNotes)
        }
    }

    /// The errors for `page`'s broken links, in document order.
    static func diagnostics(for page: Page, in targets: Targets) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in page.links {
            if let problem = problem(with: link, on: page, targets: targets) {
                found.append(.error("broken link \(link.written): \(problem)", at: link.location))
            }
        }
        return found
    }

    /// Why `link` is broken, or nil when it is not a link to a note or works.
    static func problem(with link: SourceLink, on page: Page, targets: Targets) -> String? {
        let written = link.written
        guard !written.isEmpty, !written.hasPrefix("//"), !LinkRewriter.hasScheme(written) else { return nil }
        let (writtenPath, _) = split(written)
        let (path, fragment) = split(link.url)
        let target: Page
        if writtenPath.isEmpty {
            target = page
        } else {
            guard decoded(writtenPath).hasSuffix(".md") else { return nil }
            let output = resolve(path, from: page.slug)
            if let output, targets.generated.contains(output) { return nil }
            guard let output, let index = targets.pagesByOutput[output] else {
                return "no such note: the build writes no page \(output ?? path)"
            }
            target = targets.site.pages[index]
        }
        guard let fragment else { return nil }
        let id = URLFragment.elementID(decoded(fragment))
        if hasAnchor(id, on: target) { return nil }
        return "no heading with id \"\(id)\" in \(target.sourcePath)"
    }

    /// Percent-decoded, as `removingPercentEncoding` does; most links have no `%` to decode.
    private static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    private static func hasAnchor(_ id: String, on page: Page) -> Bool {
        if id.isEmpty || id.lowercased() == "top" || MarkdownCompiler.templateIDs.contains(id) { return true }
        // cmark-gfm's footnotes: `#fn-label` and `#fnref-label`.
        if id.hasPrefix("fn-") || id.hasPrefix("fnref-") { return true }
        return page.headings.contains { $0.id == id } || page.rawHTMLIDs.contains(id)
    }

    /// `path?query#fragment` → (path, fragment).
    private static func split(_ url: String) -> (String, String?) {
        let hash = url.firstIndex(of: "#")
        let fragment = hash.map { String(url[url.index(after: $0)...]) }
        let beforeHash = hash.map { String(url[..<$0]) } ?? url
        return (String(beforeHash.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""), fragment)
    }

    /// A page-relative path (as rewritten: `../intro.html`) as a site-relative one; nil when it leaves the site.
    private static func resolve(_ path: String, from slug: String) -> String? {
        var segments = Array(slug.split(separator: "/").dropLast())
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                if segments.isEmpty { return nil }
                segments.removeLast()
            default: segments.append(part)
            }
        }
        return segments.joined(separator: "/")
    }
}
