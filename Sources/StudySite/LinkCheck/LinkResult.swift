/// A link and its verdict.
struct LinkResult: Sendable, Hashable {
    public var link: Link
    public var status: LinkStatus

    public init(link: Link, status: LinkStatus) {
        self.link = link
        self.status = status
    }

    /// Compiler-style problem for broken links (error) and permanent redirects (warning); nil otherwise.
    public var diagnostic: Diagnostic? {
        switch status {
        case .ok, .excluded: nil
        case .redirected: .warning("\(link.url): \(status.message)", at: link.location)
        default: .error("broken link \(link.url): \(status.message)", at: link.location)
        }
    }
}
