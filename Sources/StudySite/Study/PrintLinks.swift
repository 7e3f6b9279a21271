/// Puts a note's HTML into the one-document print page: every id gets the note's prefix
/// (`vpc--subnets`), so ids of different notes never collide, and every link that leads to
/// a note of the course becomes a link inside the document (`vpc.html#subnets` →
/// `#vpc--subnets`, `vpc.html` → `#vpc`). Other relative links are re-based to the site root,
/// where the print page lives. The pass over the HTML is in `PrintLinks+Rewrite.swift`.
struct PrintLinks {
    /// Note slug → its prefix in the print document.
    let prefixes: [String: String]

    init(slugs: [String]) {
        var slugger = Slugger()
        var prefixes: [String: String] = [:]
        // Byte by byte (slugs are ASCII): Foundation's `replacingOccurrences` took ~20 ms of
        // every `serve` rebuild of a 10,000-note course.
        for slug in slugs {
            prefixes[slug] = slugger.slug(String(decoding: slug.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "-") : $0 }, as: UTF8.self))
        }
        self.prefixes = prefixes
    }

    /// Where a link of note `slug` leads in the print document.
    func target(_ href: String, from slug: String, prefix: String) -> String {
        if href.hasPrefix("#") { return "#" + prefix + "--" + href.dropFirst() }
        if href.isEmpty || LinkRewriter.hasScheme(href) || href.hasPrefix("/") { return href }
        let (path, fragment) = Self.split(href)
        let resolved = Self.resolve(path, from: slug)
        if resolved.hasSuffix(".html"), let target = prefixes[String(resolved.dropLast(5))] {
            guard let fragment, !fragment.isEmpty else { return "#" + target }
            return "#" + target + "--" + fragment
        }
        return resolved + (fragment.map { "#" + $0 } ?? "")
    }

    /// `../x.html` from `a/b` → `x.html`: the path relative to the site root.
    static func resolve(_ path: String, from slug: String) -> String {
        var parts = slug.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." && !part.isEmpty {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func split(_ href: String) -> (String, String?) {
        guard let hash = href.firstIndex(of: "#") else { return (href, nil) }
        return (String(href[..<hash]), String(href[href.index(after: hash)...]))
    }
}
