/// Turns mentions of glossary terms in one page's prose into links to the glossary:
/// `<a class="term" href="glossary.html#term-ami"><abbr title="short definition">AMIs</abbr></a>`,
/// the text kept as written. One linker per page: it remembers which terms were already
/// linked there, so with `onlyFirst` only the first mention of each term is.
final class TermLinker: ProseLinker {
    struct Target: Sendable {
        /// `glossary.html#term-ami`, relative to the site root.
        var href: String
        /// The short definition shown on hover, escaped for its attribute once for every
        /// page that links the term.
        let escapedTitle: String
        /// Which mentions link (`link:` in glossary.yml).
        var link: TermLinkMode = .always
        /// For `exact-case`: the term and its aliases as written.
        var spellings: [String] = []

        init(href: String, title: String) {
            self.href = href
            escapedTitle = HTMLEscape.attribute(title)
        }

        /// Whether this mention, as written in the note, is one to link.
        func links(_ mention: Substring) -> Bool {
            switch link {
            case .always: return true
            case .never: return false
            case .exactCase:
                // The words as written, spaces and hyphens alike; a plural ending allowed.
                let written = mention.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" }).joined(separator: " ")
                return spellings.contains { spelling in
                    let form = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
                    return written == form || written == form + "s" || written == form + "es"
                }
            }
        }
    }

    private let matcher: TermMatcher
    private let targets: [Target]
    /// `""` or `../`: leads from the page to the site root.
    private let rootPrefix: String
    private let onlyFirst: Bool
    private var linked: Set<Int> = []
    /// Terms not to link for now: inside a definition item, the term it defines.
    var excluded: Set<Int> = []

    init(matcher: TermMatcher, targets: [Target], rootPrefix: String = "", onlyFirst: Bool) {
        self.matcher = matcher
        self.targets = targets
        self.rootPrefix = rootPrefix
        self.onlyFirst = onlyFirst
    }

    /// The terms a name (`Availability Zone (AZ)`) is a spelling of.
    func terms(named name: String) -> Set<Int> {
        Set(matcher.matches(in: name).map(\.term))
    }

    /// Appends `text` as HTML (escaped like cmark's text), its mentions of terms linked.
    func append(_ text: String, to html: inout String) {
        var cursor = text.startIndex
        for match in matcher.matches(in: text) {
            if excluded.contains(match.term) || (onlyFirst && linked.contains(match.term)) { continue }
            let target = targets[match.term]
            guard target.links(text[match.range]) else { continue }
            linked.insert(match.term)
            BodyDraft.appendEscaped(text[cursor..<match.range.lowerBound], to: &html)
            html += "<a class=\"term\" href=\"\(HTMLEscape.attribute(rootPrefix + target.href))\"><abbr title=\"\(target.escapedTitle)\">"
            BodyDraft.appendEscaped(text[match.range], to: &html)
            html += "</abbr></a>"
            cursor = match.range.upperBound
        }
        BodyDraft.appendEscaped(text[cursor...], to: &html)
    }
}
