import Foundation

/// A page's `<base href>`: relative URLs on the page resolve against it instead of against
/// the page (RFC 3986 reference resolution), fragment-only ones included, as browsers do.
enum BaseURL {
    /// `url` as the browser reads it on a page whose base is `base`. An absolute base gives
    /// an absolute URL; a relative one gives a reference still relative to the page.
    static func resolve(_ url: String, against base: String) -> String {
        if url.hasPrefix("//") || LinkTarget.scheme(of: url) != nil { return url }
        if base.hasPrefix("//") || LinkTarget.scheme(of: base) != nil {
            // A base that cannot be a document's URL (`data:`, `javascript:`) is ignored.
            let absolute = base.hasPrefix("//") ? "https:" + base : base
            guard let scheme = LinkTarget.scheme(of: absolute), ["http", "https", "file"].contains(scheme) else { return url }
            if url.isEmpty { return LinkTarget.droppingFragment(base) }
            return URL(string: url, relativeTo: URL(string: absolute))?.absoluteString ?? url
        }
        if url.hasPrefix("/") { return url }
        let document = LinkTarget.droppingFragment(base)
        if url.isEmpty { return document }
        if url.hasPrefix("#") || url.hasPrefix("?") {
            return (url.hasPrefix("#") ? document : LinkTarget.droppingQuery(document)) + url
        }
        let path = LinkTarget.droppingQuery(document)
        guard let slash = path.lastIndex(of: "/") else { return url }
        return path[...slash] + url
    }
}
