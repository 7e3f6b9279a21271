/// Turns mentions of glossary terms in one page's prose into links to the glossary.
/// One linker per page: it remembers which terms were already linked there.
final class TermLinker {
    struct Target: Sendable {
        /// `glossary.html#term-ami`, relative to the page.
        var href: String
        /// The short definition shown on hover.
        var title: String
    }

    private let matcher: TermMatcher
    private let targets: [Target]
    private let onlyFirst: Bool
    private var linked: Set<Int> = []

    init(matcher: TermMatcher, targets: [Target], onlyFirst: Bool) {
        self.matcher = matcher
        self.targets = targets
        self.onlyFirst = onlyFirst
    }

    /// The pieces of `text`, each either plain or wrapped in a term link; nil when nothing matched.
    func link(_ text: String) -> [(text: String, wrapper: (enter: String, exit: String)?)]? {
        var pieces: [(text: String, wrapper: (enter: String, exit: String)?)] = []
        var cursor = text.startIndex
        for match in matcher.matches(in: text) {
            if onlyFirst && linked.contains(match.term) { continue }
            linked.insert(match.term)
            let target = targets[match.term]
            pieces.append((String(text[cursor..<match.range.lowerBound]), nil))
            pieces.append((
                String(text[match.range]),
                ("<a class=\"term\" href=\"\(HTMLEscape.attribute(target.href))\"><abbr title=\"\(HTMLEscape.attribute(target.title))\">", "</abbr></a>")
            ))
            cursor = match.range.upperBound
        }
        guard !pieces.isEmpty else { return nil }
        pieces.append((String(text[cursor...]), nil))
        return pieces
    }
}
