/// Rewrites link targets written for the Markdown files into links between the built pages:
/// `vpc.md#subnets` → `vpc.html#subnets`, `/networking/vpc.md` → `../networking/vpc.html`
/// from a page one folder deep. External URLs and in-page anchors are left alone. A note's
/// file name becomes its page name through `Slug.fileSlug`, as the Content stage names pages:
/// `MyNote.md`, `My%20Note.md` → `mynote.html`, `my-note.html`.
struct LinkRewriter: Sendable {
    /// `""` for a page at the root, `../` for one a folder deep.
    public let rootPrefix: String

    public init(pageSlug: String) {
        // On bytes: this runs several times for every page of the site.
        let depth = pageSlug.utf8.split(separator: UInt8(ascii: "/")).count - 1
        rootPrefix = String(repeating: "../", count: depth)
    }

    public func rewrite(_ url: String) -> String {
        // On UTF-8: every link of every note comes through here. `#`, `?`, `/` and `.md` are
        // ASCII, so each index found is a character boundary of `url` too.
        let utf8 = url.utf8
        if url.isEmpty || utf8.first == UInt8(ascii: "#") || LinkRewriter.hasScheme(url) || utf8.starts(with: "//".utf8) {
            return url
        }
        let mark = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
        var path = url[..<mark]
        var html = false
        if path.utf8.count >= 3, path.utf8.suffix(3).elementsEqual(".md".utf8) {
            path = LinkRewriter.pageName(url[..<utf8.index(mark, offsetBy: -3)])
            html = true
        }
        if path.utf8.first == UInt8(ascii: "/") {
            // Root-relative in the notes; relative in the site, so it works from disk and any subpath.
            let rest = path.utf8.firstIndex { $0 != UInt8(ascii: "/") } ?? path.endIndex
            path = path[rest...]
            if path.isEmpty && !html && rootPrefix.isEmpty { return "./" + url[mark...] }
            return rootPrefix + path + (html ? ".html" : "") + url[mark...]
        }
        return path + (html ? ".html" : "") + url[mark...]
    }

    /// `notes/MyNote` → `notes/mynote`: the last segment named as `ContentLoader` names pages
    /// (percent-decoded first: the file is `My Note.md` when the link says `My%20Note.md`).
    static func pageName(_ path: Substring) -> Substring {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let decoded = name.utf8.contains(UInt8(ascii: "%")) ? (name.removingPercentEncoding ?? String(name)) : String(name)
        let slug = Slug.fileSlug(decoded)
        if slug.utf8.elementsEqual(name.utf8) { return path }
        return Substring(path[..<slash] + slug)
    }

    /// `https:`, `mailto:`, `tel:` … (see `URLScheme`).
    static func hasScheme(_ url: String) -> Bool {
        URLScheme.scheme(of: url) != nil
    }
}
