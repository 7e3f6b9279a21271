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

/// A page a build left to be made when a browser asks for it, from that build's renderer
/// (its site and layout): a page of the renderer's, or a study page the site holds without
/// its body, made by `make` from the site.
struct DeferredFile: Sendable {
    var renderer: SiteRenderer
    var file: SiteRenderer.File
    var make: (@Sendable (Site) -> GeneratedPage)?

    func bytes() throws(BuildFailure) -> [UInt8] {
        guard let make else { return try IncrementalOutput.bytes(of: file, renderer: renderer) }
        return try IncrementalOutput.bytes(of: make(renderer.site), renderer: renderer)
    }
}
