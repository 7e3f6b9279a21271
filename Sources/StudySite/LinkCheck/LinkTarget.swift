import Foundation

/// What a URL points at, decided from its text alone.
enum LinkTarget: Sendable, Hashable {
    /// A file of the site; `path` is empty for a same-page link.
    case local(path: String, fragment: String?)
    /// An http(s) URL without its fragment (fragments of external pages are not checked).
    case external(String)
    case mailto(String)
    /// What follows `tel:`.
    case tel(String)
    /// A `file:` URL: a path on the machine that checks, which lychee looks for too (on a
    /// published site it is broken for every reader whatever the verdict).
    case file(path: String)
    /// `javascript:`, `data:` and other schemes we do not check.
    case skipped

    /// `siteURL` is the site's own published address: a URL under it is a file of the site.
    init(_ url: String, siteURL: String? = nil) {
        if let siteURL, url.hasPrefix(siteURL) || url + "/" == siteURL {
            self.init("/" + url.dropFirst(min(siteURL.count, url.count)))
            return
        }
        if url.hasPrefix("//") {
            self = .external(LinkTarget.droppingFragment("https:" + url))
            return
        }
        if let scheme = LinkTarget.scheme(of: url) {
            switch scheme {
            case "http", "https": self = .external(LinkTarget.droppingFragment(url))
            case "mailto": self = .mailto(String(url.dropFirst(scheme.count + 1)))
            case "tel": self = .tel(String(url.dropFirst(scheme.count + 1)))
            case "file": self = .file(path: LinkTarget.localPath(ofFileURL: url))
            default: self = .skipped
            }
            return
        }
        let (path, fragment) = LinkTarget.split(url, at: "#")
        self = .local(path: LinkTarget.droppingQuery(path), fragment: fragment)
    }

    var isExternal: Bool {
        if case .external = self { return true }
        return false
    }

    /// The lowercased scheme, when `url` starts with one (`scheme:` before any `/`, `?` or `#`).
    static func scheme(of url: String) -> String? {
        URLScheme.scheme(of: url)?.lowercased()
    }

    static func droppingFragment(_ url: String) -> String {
        split(url, at: "#").0
    }

    /// The absolute path a `file:` URL names on this machine, or "" (never found) when it
    /// names another host or no absolute path.
    static func localPath(ofFileURL url: String) -> String {
        guard let parsed = URL(string: droppingFragment(url)), (parsed.host ?? "").isEmpty || parsed.host == "localhost",
            parsed.path.hasPrefix("/")
        else { return "" }
        return parsed.path
    }

    static func droppingQuery(_ url: String) -> String {
        split(url, at: "?").0
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }
}

extension LinkTarget {
    /// `tel:` needs a number (html-proofer's rule: only an empty one is an error).
    static func isValidTel(_ rest: String) -> Bool {
        !(rest.removingPercentEncoding ?? rest).trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// `mailto:` needs at least one address, and each address a local part and a domain.
    static func isValidMailto(_ rest: String) -> Bool {
        mailtoVerdict(rest) == .ok
    }

    /// `.ok`, `.invalidMailto` (no address at all) or `.invalidMailAddress` naming the first bad one.
    static func mailtoVerdict(_ rest: String) -> LinkStatus {
        let addresses = String(rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let decoded = addresses.removingPercentEncoding ?? addresses
        let list = decoded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !list.isEmpty else { return .invalidMailto }
        let invalid = list.first { address in
            guard let at = address.lastIndex(of: "@") else { return true }
            return at == address.startIndex || address.index(after: at) == address.endIndex
        }
        return invalid.map { .invalidMailAddress($0) } ?? .ok
    }
}
