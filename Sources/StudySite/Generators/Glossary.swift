import Foundation

/// The glossary stage: merges the terms the notes define (`- **Term**: …`), the
/// terms of `glossary.yml` and front-matter `terms:`, and finds where each is used.
public enum Glossary {
    public static func generate(_ site: inout Site, log: DiagnosticLog) {
        var entries: [GlossaryEntry] = []
        var byKey: [String: Int] = [:]

        func add(_ entry: GlossaryEntry, fromDataFile: Bool) {
            let key = entry.term.lowercased()
            guard let existing = byKey[key] else {
                byKey[key] = entries.count
                entries.append(entry)
                return
            }
            let other = entries[existing]
            if other.definition != entry.definition {
                log.report(.warning("`\(entry.term)` is defined twice with different text; using the one at \(fromDataFile ? entry.location : other.location)", at: fromDataFile ? other.location : entry.location))
            }
            if fromDataFile {
                var merged = entry
                merged.definedIn = merged.definedIn ?? other.definedIn
                entries[existing] = merged
            } else if entries[existing].definedIn == nil {
                entries[existing].definedIn = entry.definedIn
            }
        }

        for page in site.pages {
            for definition in page.definitions {
                add(GlossaryEntry(
                    term: definition.term, id: "", definition: definition.definition, location: definition.location,
                    definedIn: PageAnchor(slug: page.slug, headingID: definition.headingID)), fromDataFile: false)
            }
            for declared in page.declaredTerms {
                add(GlossaryEntry(
                    term: declared.term, id: "", definition: declared.definition, location: declared.location,
                    definedIn: PageAnchor(slug: page.slug)), fromDataFile: false)
            }
        }
        do {
            for entry in try GlossaryFile.load(contentDirectory: site.contentDirectory) {
                add(entry, fromDataFile: true)
            }
        } catch {
            log.report(error.diagnostics)
        }
        guard !entries.isEmpty else { return }

        entries.sort { ($0.term.lowercased(), $0.term) < ($1.term.lowercased(), $1.term) }
        var slugger = Slugger()
        for index in entries.indices {
            entries[index].id = slugger.slug("term-" + entries[index].term)
        }
        checkReferences(entries, log: log)
        findUses(&entries, in: site.pages)
        site.glossary = entries
    }

    /// Each spelling of a term: the term itself, its aliases, and for `Name (ABBR)`
    /// both `Name` and `ABBR`.
    static func spellings(of entry: GlossaryEntry) -> [String] {
        var result = [entry.term] + entry.aliases
        if let open = entry.term.lastIndex(of: "("), entry.term.hasSuffix(")") {
            let name = entry.term[..<open].trimmingCharacters(in: .whitespaces)
            let short = entry.term[entry.term.index(after: open)..<entry.term.index(before: entry.term.endIndex)]
            result += [name, String(short)]
        }
        return result
    }

    static func matcher(for entries: [GlossaryEntry]) -> TermMatcher {
        TermMatcher(phrases: entries.map(spellings(of:)))
    }

    private static func checkReferences(_ entries: [GlossaryEntry], log: DiagnosticLog) {
        var known: Set<String> = []
        for entry in entries {
            for spelling in spellings(of: entry) { known.insert(spelling.lowercased()) }
        }
        for entry in entries {
            for name in entry.see where !known.contains(name.lowercased()) {
                log.report(.error("`see: \(name)` names no glossary term", at: entry.location))
            }
        }
    }

    /// Fills `usedIn` with every page whose prose mentions the term or an alias.
    private static func findUses(_ entries: inout [GlossaryEntry], in pages: [Page]) {
        let matcher = matcher(for: entries)
        for page in pages {
            var found: Set<Int> = []
            for match in matcher.matches(in: page.searchableText) { found.insert(match.term) }
            for term in found.sorted() { entries[term].usedIn.append(page.slug) }
        }
    }

    /// What the Markdown stage needs to link terms, or nil when linking is off or there are no terms.
    static func linking(_ site: Site) -> TermLinking? {
        guard site.config.glossary.linkTerms != .none, !site.glossary.isEmpty else { return nil }
        return TermLinking(
            matcher: matcher(for: site.glossary), entries: site.glossary,
            titles: site.glossary.map { shortDefinition($0.definition) },
            onlyFirst: site.config.glossary.linkTerms == .first)
    }

    /// The definition as one line of plain text for a tooltip, cut at a word near 160 characters.
    static func shortDefinition(_ markdown: String) -> String {
        var text = MarkdownText.plain(markdown)
        if text.count > 160 {
            let cut = text.prefix(160)
            text = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return text
    }
}

/// The glossary as the Markdown stage uses it to link mentions.
struct TermLinking {
    let matcher: TermMatcher
    let entries: [GlossaryEntry]
    let titles: [String]
    let onlyFirst: Bool

    func linker(for page: Page) -> TermLinker {
        let root = LinkRewriter(pageSlug: page.slug).rootPrefix
        let targets = entries.indices.map {
            TermLinker.Target(href: root + "glossary.html#" + entries[$0].id, title: titles[$0])
        }
        return TermLinker(matcher: matcher, targets: targets, onlyFirst: onlyFirst)
    }
}
