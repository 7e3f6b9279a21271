/// `html:` in site.yml: what a build does with raw HTML in notes (see docs/raw-html.md).
public enum RawHTMLMode: String, Sendable, Equatable, CaseIterable {
    /// Kept through an allowlist, the way GitHub shows a README; the rest is removed with a warning.
    case safe
    /// Left out of the page, with a warning for each piece.
    case none
    /// Let through as written (cmark's tagfilter still neutralises `<script>` and the like).
    case unsafe
}
