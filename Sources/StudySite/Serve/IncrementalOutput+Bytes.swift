extension IncrementalOutput {
    /// A file's bytes as `SiteRenderer.render` makes them. A study page goes straight into
    /// its bytes between the halves of its layout (`SiteRenderer.generatedLayout`, what
    /// `renderGenerated` joins too): the 84 MB print page of a 10,000-note course is copied
    /// once, not into a rendered string and again into bytes.
    static func bytes(of file: SiteRenderer.File, renderer: SiteRenderer) throws(BuildFailure) -> [UInt8] {
        if case .generated(let index) = file { return try bytes(of: renderer.site.generatedPages[index], renderer: renderer) }
        return Array(try renderer.render(file).utf8)
    }

    static func bytes(of page: GeneratedPage, renderer: SiteRenderer) throws(BuildFailure) -> [UInt8] {
        guard let (before, after) = try renderer.generatedLayout(page) else { return Array(try renderer.renderGenerated(page).utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(before.utf8.count + page.html.utf8.count + after.utf8.count)
        bytes += before.utf8
        bytes += page.html.utf8
        bytes += after.utf8
        return bytes
    }
}

/// A study page a build put in the site without its body, to be made when a browser asks for
/// it: from that build's site (what the page is made of) and renderer (its layout).
struct DeferredPage: Sendable {
    var renderer: SiteRenderer
    /// Its place in `renderer.site.generatedPages`.
    var index: Int
    var make: @Sendable (Site) -> GeneratedPage

    func bytes() throws(BuildFailure) -> [UInt8] {
        try IncrementalOutput.bytes(of: make(renderer.site), renderer: renderer)
    }
}
