import Foundation

/// Puts a note's HTML into the one-document print page: every id gets the note's prefix
/// (`vpc--subnets`), so ids of different notes never collide, and every link that leads to
/// a note of the course becomes a link inside the document (`vpc.html#subnets` →
/// `#vpc--subnets`, `vpc.html` → `#vpc`). Other relative links are re-based to the site root,
/// where the print page lives.
struct PrintLinks {
    /// Note slug → its prefix in the print document.
    let prefixes: [String: String]

    init(slugs: [String]) {
        var slugger = Slugger()
        var prefixes: [String: String] = [:]
        for slug in slugs { prefixes[slug] = slugger.slug(slug.replacingOccurrences(of: "/", with: "-")) }
        self.prefixes = prefixes
    }

    private static let idAttribute = try! NSRegularExpression(pattern: "\\b(id|for|name|aria-labelledby|aria-describedby)=\"([^\"]*)\"")
    /// `src` too: an image of a note in a folder is re-based like its links.
    private static let hrefAttribute = try! NSRegularExpression(pattern: "\\b(href|src)=\"([^\"]*)\"")

    /// `html` of the note `slug` (its links relative to the note's own folder) made to fit the print page.
    /// `prefix` overrides the note's own; `localIDs`, when given, are the only ids a `#x`
    /// link may keep pointing at on the page (the rest lead back to the note).
    func rewrite(_ html: String, of slug: String, prefix: String? = nil, localIDs: Set<String>? = nil) -> String {
        let prefix = prefix ?? prefixes[slug] ?? Slugger.slugify(slug)
        let withIDs = Self.replace(Self.idAttribute, in: html) { groups in
            let values = groups[2].split(separator: " ").map { prefix + "--" + $0 }
            return "\(groups[1])=\"\(values.joined(separator: " "))\""
        }
        return Self.replace(Self.hrefAttribute, in: withIDs) { groups in
            let (attribute, href) = (groups[1], groups[2])
            if href.hasPrefix("#"), let localIDs, !localIDs.contains(String(href.dropFirst())) {
                let file = (slug.split(separator: "/").last.map(String.init) ?? slug) + ".html"
                return "\(attribute)=\"\(target(file + href, from: slug, prefix: prefix))\""
            }
            return "\(attribute)=\"\(target(href, from: slug, prefix: prefix))\""
        }
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

    static func replace(_ regex: NSRegularExpression, in text: String, _ transform: ([String]) -> String) -> String {
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let groups = (0..<match.numberOfRanges).map { index in
                match.range(at: index).location == NSNotFound ? "" : ns.substring(with: match.range(at: index))
            }
            result += transform(groups)
            last = match.range.location + match.range.length
        }
        return result + ns.substring(from: last)
    }
}
