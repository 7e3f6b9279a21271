extension SidebarCache {
    /// What `navlist.mustache` writes for each group of `sections:`; the build adds ` open`
    /// after it on the group of the page being built, so the sidebar shows that group's pages
    /// and only the other groups' headings: the current page is in view on a laptop screen.
    static let groupMarker = "<details class=\"nav-group\""

    /// For each page in a group of `sections:`, the group's position among the groups that
    /// have pages (the order `navigation` lists them in).
    static func groupOrdinals(_ site: Site) -> [String: Int] {
        let slugs = Set(site.pages.filter { $0.section.isEmpty }.map(\.slug))
        var ordinals: [String: Int] = [:]
        var ordinal = 0
        var claimed: Set<String> = []
        for group in site.config.pageGroups {
            let pages = group.pages.filter { slugs.contains($0) && claimed.insert($0).inserted }
            guard !pages.isEmpty else { continue }
            for slug in pages { ordinals[slug] = ordinal }
            ordinal += 1
        }
        return ordinals
    }

    /// UTF-8 offsets just past each occurrence of `marker` in `html`.
    static func ends(of marker: String, in html: String) -> [Int] {
        let bytes = Array(html.utf8)
        let pattern = Array(marker.utf8)
        var ends: [Int] = []
        var offset = 0
        while offset + pattern.count <= bytes.count {
            if bytes[offset] == pattern[0], bytes[offset..<offset + pattern.count].elementsEqual(pattern) {
                ends.append(offset + pattern.count)
                offset += pattern.count
            } else {
                offset += 1
            }
        }
        return ends
    }
}
