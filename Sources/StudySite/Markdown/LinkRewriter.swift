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
        } else if Slug.isAssetFile(path) {
            path = LinkRewriter.assetPath(path)
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

    /// `Notes/My%20Note` → `notes/my-note`: each segment named as `ContentLoader` names
    /// folders and pages (percent-decoded first: the file is `My Note.md` when the link says
    /// `My%20Note.md`); `.` and `..` stay.
    static func pageName(_ path: Substring) -> Substring {
        slugSegments(path, keepingLast: false)
    }

    /// `Attachments/My%20Pic.png` → `attachments/My%20Pic.png`: an image keeps its file name,
    /// its folders are named as the notes' folders are (see `ContentAssets`).
    static func assetPath(_ path: Substring) -> Substring {
        slugSegments(path, keepingLast: true)
    }

    private static func slugSegments(_ path: Substring, keepingLast: Bool) -> Substring {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        var changed = false
        for index in segments.indices {
            let segment = segments[index]
            let isName = index == segments.count - 1
            if isName ? keepingLast || segment.isEmpty : segment.isEmpty || segment == "." || segment == ".." { continue }
            let decoded = segment.utf8.contains(UInt8(ascii: "%")) ? (segment.removingPercentEncoding ?? String(segment)) : String(segment)
            let slug = Slug.fileSlug(decoded)
            if !slug.utf8.elementsEqual(segment.utf8) {
                segments[index] = Substring(slug)
                changed = true
            }
        }
        return changed ? Substring(segments.joined(separator: "/")) : path
    }

    /// `https:`, `mailto:`, `tel:` … (see `URLScheme`).
    static func hasScheme(_ url: String) -> Bool {
        URLScheme.scheme(of: url) != nil
    }
}
