/// Fragments as browsers read them.
enum URLFragment {
    /// The part of a fragment that names an element: a URL Fragment Text Directive
    /// (`#sec:~:text=word`, `#:~:text=word`) is read by the browser and removed from the
    /// fragment before it looks up the id, so `#sec:~:text=…` needs `id="sec"` and
    /// `#:~:text=…` only the page.
    static func elementID(_ fragment: String) -> String {
        guard let range = fragment.range(of: ":~:") else { return fragment }
        return String(fragment[..<range.lowerBound])
    }
}
