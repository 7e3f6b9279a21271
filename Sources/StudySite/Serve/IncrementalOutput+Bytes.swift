extension IncrementalOutput {
    /// A file's bytes as `SiteRenderer.render` makes them. A study page goes straight into
    /// its bytes between the halves of its layout (`SiteRenderer.generatedLayout`, what
    /// `renderGenerated` joins too): the 84 MB print page of a 10,000-note course is copied
    /// once, not into a rendered string and again into bytes.
    static func bytes(of file: SiteRenderer.File, renderer: SiteRenderer) throws(BuildFailure) -> [UInt8] {
        if case .generated(let index) = file {
            let page = renderer.site.generatedPages[index]
            if let (before, after) = try renderer.generatedLayout(page) {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(before.utf8.count + page.html.utf8.count + after.utf8.count)
                bytes += before.utf8
                bytes += page.html.utf8
                bytes += after.utf8
                return bytes
            }
        }
        return Array(try renderer.render(file).utf8)
    }
}
