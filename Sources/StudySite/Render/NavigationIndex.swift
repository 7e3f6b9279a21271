/// The pages of each section, grouped once per build, so a page's sidebar costs the size
/// of its own section rather than of the whole site (no step is quadratic in the pages).
struct NavigationIndex: Sendable {
    /// Section path (`""` for the root) → indices into `site.pages`, in navigation order.
    private let pagesBySection: [String: [Int]]

    init(pages: [Page]) {
        var groups: [String: [Int]] = [:]
        // A note at `index.md` is reached by the Home or section link that stands above the list.
        for (index, page) in pages.enumerated() where !page.isFolderIndex { groups[page.section, default: []].append(index) }
        pagesBySection = groups
    }

    /// Indices into `site.pages` of the section's pages, in navigation order.
    func pages(in section: String) -> [Int] { pagesBySection[section] ?? [] }
}
