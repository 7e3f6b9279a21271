/// Rewrites link targets written for the Markdown files into links between the built pages:
/// `vpc.md#subnets` → `vpc.html#subnets`, `/networking/vpc.md` → `../networking/vpc.html`
/// from a page one folder deep. External URLs and in-page anchors are left alone.
public struct LinkRewriter: Sendable {
    /// `""` for a page at the root, `../` for one a folder deep.
    public let rootPrefix: String

    public init(pageSlug: String) {
        // On bytes: this runs several times for every page of the site.
        let depth = pageSlug.utf8.split(separator: UInt8(ascii: "/")).count - 1
        rootPrefix = String(repeating: "../", count: depth)
    }

    public func rewrite(_ url: String) -> String {
        if url.isEmpty || url.hasPrefix("#") || LinkRewriter.hasScheme(url) || url.hasPrefix("//") {
            return url
        }
        var path = Substring(url)
        var suffix = Substring("")
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = path[mark...]
            path = path[..<mark]
        }
        var result = String(path)
        if result.hasSuffix(".md") {
            result = String(result.dropLast(3)) + ".html"
        }
        if result.hasPrefix("/") {
            // Root-relative in the notes; relative in the site, so it works from disk and any subpath.
            result = rootPrefix + result.drop(while: { $0 == "/" })
            if result.isEmpty { result = "./" }
        }
        return result + suffix
    }

    /// `https:`, `mailto:`, `tel:` … (a scheme is letters, digits, `+-.` before the first `:`).
    static func hasScheme(_ url: String) -> Bool {
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var bytes = url.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            let allowed = isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !allowed { return false }
        }
        return false
    }
}
