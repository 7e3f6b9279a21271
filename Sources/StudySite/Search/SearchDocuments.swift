/// What search finds: the sections of each note and the glossary's entries, in groups that
/// are written and loaded together (one note, or a run of glossary entries).
struct SearchGroup: Sendable, Equatable {
    /// Shown before each result's heading: the note's title, or "Glossary".
    var title: String
    /// Output path relative to the site root: `networking/vpc.html`.
    var url: String
    var items: [SearchItem]
}

/// One result: a section under a heading, the text before a note's first heading, or a glossary term.
struct SearchItem: Sendable, Equatable {
    /// The heading or term; empty for the text before the first heading.
    var heading: String
    /// The fragment it links to; empty for the page itself.
    var anchor: String
    /// The section's plain text.
    var text: String
    /// Words that weigh more than the text: the heading (or the term and its aliases)…
    var headingWords: String
    /// …and the page title.
    var titleWords: String
    var isGlossaryTerm = false
}

extension SearchGroup {
    /// Glossary entries go in groups of this many, so a result loads a small file.
    static let glossaryGroupSize = 16
    /// Headings deeper than this are part of the section above them.
    static let deepestSectionLevel = 3

    /// A note's sections: the text before its first heading (found by the note's title),
    /// then one per `#`–`###` heading; the text of deeper headings joins the section above.
    /// `sectionTexts` is the page's text under each heading: `[0]` before the first heading,
    /// `[i + 1]` under `headings[i]`.
    static func note(_ page: Page, sectionTexts: [String]) -> SearchGroup {
        var items = [SearchItem(heading: "", anchor: "", text: sectionTexts.first ?? "", headingWords: page.title, titleWords: page.title)]
        items[0].text = [page.summary, items[0].text].filter { !$0.isEmpty }.joined(separator: " ")
        for (index, heading) in page.headings.enumerated() {
            let text = index + 1 < sectionTexts.count ? sectionTexts[index + 1] : ""
            if heading.level > deepestSectionLevel, items.count > 1 {
                items[items.count - 1].text += " " + heading.text + " " + text
                items[items.count - 1].headingWords += " " + heading.text
            } else {
                items.append(SearchItem(heading: heading.text, anchor: heading.id, text: text, headingWords: heading.text, titleWords: page.title))
            }
        }
        return SearchGroup(title: page.title, url: page.outputPath, items: items)
    }

    /// The glossary's entries as results on the glossary page, found by term and aliases.
    static func glossary(_ entries: [GlossaryEntry], title: String, url: String) -> [SearchGroup] {
        let items = entries.map { entry in
            SearchItem(
                heading: entry.term, anchor: entry.id, text: MarkdownText.plain(entry.definition),
                headingWords: ([entry.term] + entry.aliases).joined(separator: " "), titleWords: "", isGlossaryTerm: true)
        }
        return stride(from: 0, to: items.count, by: glossaryGroupSize).map {
            SearchGroup(title: title, url: url, items: Array(items[$0..<min($0 + glossaryGroupSize, items.count)]))
        }
    }
}
