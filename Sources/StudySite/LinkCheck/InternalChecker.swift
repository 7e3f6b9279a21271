import Foundation

/// Checks links between files of the built site: pure, no disk access.
struct InternalChecker: Sendable {
    /// Every file of the site, relative to its root, `/`-separated.
    public var files: Set<String>
    /// The anchors of every HTML page, by site-relative path.
    public var anchors: [String: Set<AnchorName>]

    public init(files: Set<String>, anchors: [String: Set<AnchorName>]) {
        self.files = files
        self.anchors = anchors
    }

    /// The verdict on a resolved link and its fragment.
    func verdict(for resolution: Resolution, fragment: String?) -> LinkStatus {
        let target: String
        switch resolution {
        case .escapes: return .escapesRoot
        case .missing(let resolved): return .missingFile(resolved)
        case .file(let file): target = file
        }
        // The HTML standard's order: an empty fragment is the top of the page; then an id
        // as written, then percent-decoded; then `top` in any case.
        guard let written = fragment, !written.isEmpty else { return .ok }
        // A text directive (`#sec:~:text=word`) is not part of the id; without an id
        // before it (`#:~:text=word`) the link needs only the page.
        let fragment = URLFragment.elementID(written)
        guard !fragment.isEmpty else { return .ok }
        // Only HTML pages have anchors to check.
        guard let ids = anchors[target] else { return .ok }
        let decoded = Self.percentDecoded(fragment)
        if ids.contains(AnchorName(fragment)) || ids.contains(AnchorName(decoded)) { return .ok }
        if decoded.utf8.count == 3, decoded.utf8.map(\.asciiLowercased).elementsEqual("top".utf8) { return .ok }
        return .missingAnchor(decoded)
    }

    enum Resolution: Hashable {
        case file(String)
        case missing(String)
        case escapes
    }

    /// Foundation's decoding is slow; most URLs have nothing to decode.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    /// Resolves a link's path against the citing page: `/x` from the site root, `dir/` to `dir/index.html`.
    func resolve(_ path: String, from page: String) -> Resolution {
        if path.isEmpty { return .file(page) }
        let decoded = Self.percentDecoded(path)
        var segments: [String] = decoded.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                if segments.isEmpty { return .escapes }
                segments.removeLast()
            default: segments.append(part)
            }
        }
        let joined = segments.joined(separator: "/")
        let isDirectory = decoded.hasSuffix("/") || parts.last == "." || parts.last == ".." || segments.isEmpty
        if isDirectory {
            let index = joined.isEmpty ? "index.html" : joined + "/index.html"
            return files.contains(index) ? .file(index) : .missing(index)
        }
        if files.contains(joined) { return .file(joined) }
        // `dir` without the slash: servers redirect to `dir/`, which serves its index.
        if files.contains(joined + "/index.html") { return .file(joined + "/index.html") }
        return .missing(joined)
    }
}
