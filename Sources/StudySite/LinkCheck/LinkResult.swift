/// A link and its verdict.
struct LinkResult: Sendable, Hashable {
    public var link: Link
    public var status: LinkStatus

    public init(link: Link, status: LinkStatus) {
        self.link = link
        self.status = status
    }

    /// ` (in _site/vpc.html:55)` after a message that points at where the link was written.
    var htmlSuffix: String {
        link.origin == nil ? "" : " (in \(link.location))"
    }

    /// Compiler-style problem for broken links (error) and permanent redirects (warning); nil otherwise.
    public var diagnostic: Diagnostic? {
        switch status {
        case .ok, .excluded: nil
        case .redirected: .warning("\(link.url): \(status.message)\(htmlSuffix)", at: link.reportedLocation)
        default: .error("broken link \(link.url): \(status.message)\(htmlSuffix)", at: link.reportedLocation)
        }
    }
}
