/// Whether a URL from raw HTML may stay, read the way a browser reads it: the value comes
/// from libxml2 with entities already decoded (`jav&#x09;ascript:` is `jav\tascript:`), then
/// leading and trailing C0 controls and spaces go and tabs and newlines anywhere are
/// ignored, as the WHATWG URL parser does, so `java\nscript:` is seen as `javascript:`.
enum RawHTMLURL {
    enum Verdict: Equatable {
        /// Relative, or with an allowed scheme; the value to write (trimmed as a browser would).
        case allowed(String)
        /// A scheme that is not allowed (lower-cased, for the warning).
        case blocked(scheme: String)
    }

    static func check(_ value: String, image: Bool) -> Verdict {
        var scalars = Substring(value).unicodeScalars
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        let url = String(String.UnicodeScalarView(scalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
        // Anything before a `:` that comes before the path, query or fragment is a scheme to
        // judge, even if it is not a well-formed one: strict beats clever here.
        guard let colon = url.unicodeScalars.firstIndex(of: ":"),
            !url.unicodeScalars[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        else { return .allowed(url) }
        let scheme = String(url.unicodeScalars[..<colon]).lowercased()
        if HTMLAllowlist.linkSchemes.contains(scheme) { return .allowed(url) }
        if image, scheme == "data" {
            let rest = url.unicodeScalars[url.unicodeScalars.index(after: colon)...]
            let type = String(String.UnicodeScalarView(rest.prefix { $0 != ";" && $0 != "," })).lowercased()
            if HTMLAllowlist.dataImageTypes.contains(type) { return .allowed(url) }
        }
        return .blocked(scheme: scheme)
    }
}
