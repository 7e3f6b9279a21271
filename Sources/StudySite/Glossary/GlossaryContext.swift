import Foundation

/// What `glossary.mustache` gets: the entries grouped by initial, with an A–Z bar,
/// each with its definition as HTML and links to where it is defined and used.
struct GlossaryContext {
    static let slug = "glossary"
    static let outputPath = "glossary.html"
    static let title = "Glossary"
    /// "Used in" lists this many pages, then "and N more".
    static let usedInLimit = 25
    /// The group of terms that do not start with a letter A–Z.
    static let otherInitial = "#"

    struct Letter {
        var letter: String
        /// `letter-a`, or `letter-other` for `#`.
        var id: String
        var hasTerms: Bool
    }

    struct Entry {
        var term: String
        var id: String
        /// Definition as HTML.
        var definition: String
        var aliases: String
        var hasAliases: Bool
        var see: [Link]
        var hasSee: Bool
        var definedIn: Link?
        var usedIn: [Link]
        var hasUsedIn: Bool
        /// How many more pages mention it than are listed; 0 when all are.
        var moreUsedIn: Int
        var hasMoreUsedIn: Bool

        init(term: String, id: String, definition: String, aliases: [String], see: [Link], definedIn: Link?, usedIn: [Link], moreUsedIn: Int) {
            self.term = term
            self.id = id
            self.definition = definition
            self.aliases = aliases.joined(separator: ", ")
            hasAliases = !aliases.isEmpty
            self.see = GlossaryContext.commaSeparated(see)
            hasSee = !see.isEmpty
            self.definedIn = definedIn
            self.usedIn = GlossaryContext.commaSeparated(usedIn)
            hasUsedIn = !usedIn.isEmpty
            self.moreUsedIn = moreUsedIn
            hasMoreUsedIn = moreUsedIn > 0
        }
    }

    struct Link {
        var title: String
        var href: String
        /// Whether a comma follows it in its list.
        var hasNext = false
    }

    struct Group {
        var letter: String
        var id: String
        var entries: [Entry]
    }

    var title = GlossaryContext.title
    var letters: [Letter]
    var groups: [Group]
    /// "1 term", "42 terms".
    var count: String
    var jsonHref = GlossaryExport.jsonPath
    var tsvHref = GlossaryExport.tsvPath

    init(site: Site) {
        let pages = Dictionary(site.pages.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Dictionary(site.glossary.map { ($0.term, $0.id) }, uniquingKeysWith: { first, _ in first })
        var byInitial: [String: [Entry]] = [:]
        for entry in site.glossary {
            byInitial[GlossaryContext.initial(of: entry.term), default: []].append(
                GlossaryContext.entry(entry, pages: pages, ids: ids))
        }
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        // `#` comes first, as digits sort before letters; it is shown only when used.
        let initials = (byInitial[GlossaryContext.otherInitial] == nil ? [] : [GlossaryContext.otherInitial]) + alphabet
        letters = initials.map { Letter(letter: $0, id: GlossaryContext.letterID($0), hasTerms: byInitial[$0] != nil) }
        groups = initials.compactMap { initial in
            byInitial[initial].map { Group(letter: initial, id: GlossaryContext.letterID(initial), entries: $0) }
        }
        count = site.glossary.count == 1 ? "1 term" : "\(site.glossary.count) terms"
    }

    /// `A`–`Z` for a term starting with a letter (accents ignored: `Éclair` → `E`), else `#`.
    static func initial(of term: String) -> String {
        guard let first = term.first else { return otherInitial }
        let letter = String(first).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).uppercased()
        return letter.count == 1 && letter >= "A" && letter <= "Z" && letter.unicodeScalars.allSatisfy(\.isASCII) ? letter : otherInitial
    }

    static func letterID(_ initial: String) -> String {
        initial == otherInitial ? "letter-other" : "letter-" + initial.lowercased()
    }

    private static func entry(_ entry: GlossaryEntry, pages: [String: Page], ids: [String: String]) -> Entry {
        // Only the listed pages are looked up: a common term may be used on thousands.
        let used = entry.usedIn.prefix(usedInLimit).compactMap { slug in pages[slug].map { Link(title: $0.title, href: $0.outputPath) } }
        return Entry(
            term: entry.term, id: entry.id,
            definition: MarkdownText.html(entry.definition, pageSlug: slug).trimmingCharacters(in: .newlines),
            aliases: shownAliases(of: entry),
            see: entry.see.compactMap { name in ids[name].map { Link(title: name, href: "#" + $0) } },
            definedIn: entry.definedIn.flatMap { anchor in pages[anchor.slug].map { definedInLink($0, headingID: anchor.headingID) } },
            usedIn: used,
            moreUsedIn: max(0, entry.usedIn.count - usedInLimit))
    }

    /// `Key Terms to Remember › Key terms`, linking to the heading.
    private static func definedInLink(_ page: Page, headingID: String?) -> Link {
        guard let headingID, let heading = page.headings.first(where: { $0.id == headingID }) else {
            return Link(title: page.title, href: page.outputPath)
        }
        return Link(title: page.title + " › " + heading.text, href: page.outputPath + "#" + headingID)
    }

    /// Aliases worth showing: not ones the matcher treats as the term or an alias
    /// already shown, so `VPC` does not list `VPCs` and `Route table` not `route tables`.
    static func shownAliases(of entry: GlossaryEntry) -> [String] {
        var seen = [TermMatcher.key(for: entry.term)]
        var shown: [String] = []
        for alias in entry.aliases {
            let key = TermMatcher.key(for: alias)
            if seen.contains(where: { key == $0 || key == $0 + "s" || key == $0 + "es" }) { continue }
            seen.append(key)
            shown.append(alias)
        }
        return shown
    }

    fileprivate static func commaSeparated(_ links: [Link]) -> [Link] {
        var links = links
        for index in links.indices { links[index].hasNext = index < links.count - 1 }
        return links
    }
}
