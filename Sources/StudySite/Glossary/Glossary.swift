import Foundation

/// The glossary stage: merges the terms the notes define (`- **Term**: …`, front-matter
/// `terms:`) with `glossary.yml`, checks names, finds the pages that use each term and
/// adds `glossary.json` and `glossary.tsv` to the output.
enum Glossary {
    /// `glossaryFile` is `glossary.yml` as Content read it; `searchableText` is each page's
    /// prose from the Markdown stage, index for index with `site.pages`. `mentions` finds
    /// the terms in the prose (`serve` gives one that keeps each note's from the last build).
    static func generate(
        _ site: inout Site, glossaryFile: TextFile?, searchableText: [String], log: DiagnosticLog,
        mentions: Mentions = Glossary.mentions(_:in:), exports: Exports = Glossary.exports(_:)
    ) {
        var merge = GlossaryMerge(GlossaryCandidate.fromNotes(site.pages))
        do {
            for candidate in try GlossaryFile.load(glossaryFile, log: log) { merge.add(candidate) }
        } catch {
            log.report(error.diagnostics)
        }
        log.report(merge.diagnostics)
        // glossary.yml entries that exclude or adjust a term the notes do not define.
        for stray in merge.candidates where stray.isPatch || (stray.excluded && stray.entry.definedIn == nil) {
            log.report(.warning("\(GlossaryFile.fileName): `\(stray.entry.term)` has no definition here and names no term of the notes", at: stray.entry.location))
        }
        let kept = merge.candidates.filter { !$0.excluded && !$0.isPatch }
        log.report(GlossaryFragments.warnings(kept))
        var candidates = excluding(site.config.glossary.exclude, from: kept, log: log)
        guard !candidates.isEmpty else { return }

        candidates.sort { sortKey($0.entry.term) < sortKey($1.entry.term) }
        var slugger = Slugger()
        for index in candidates.indices {
            candidates[index].entry.id = slugger.slug("term-" + candidates[index].entry.term)
        }
        var entries = candidates.map(\.entry)
        let index = GlossaryIndex(entries, aliasLocations: candidates.map(\.aliasLocations))
        log.report(nameConflicts(index, entries))
        log.report(resolveSee(&entries, candidates: candidates, index: index))
        findUses(&entries, in: site.pages, mentioned: mentions(index.phrases, searchableText))
        site.glossary = entries
        let files = exports(entries)
        site.extraFiles[GlossaryExport.jsonPath] = files.json
        site.extraFiles[GlossaryExport.tsvPath] = files.tsv
    }

    /// `glossary.json` and `glossary.tsv` of the entries (`serve` keeps them while the entries stay the same).
    typealias Exports = ([GlossaryEntry]) -> (json: [UInt8], tsv: [UInt8])

    static func exports(_ entries: [GlossaryEntry]) -> (json: [UInt8], tsv: [UInt8]) {
        (GlossaryExport.json(entries), GlossaryExport.tsv(entries))
    }

    /// Drops the terms `glossary.exclude` names; a name that matches no term is a warning,
    /// so a typo does not silently keep the term.
    static func excluding(_ excluded: [ExcludedTerm], from candidates: [GlossaryCandidate], log: DiagnosticLog) -> [GlossaryCandidate] {
        guard !excluded.isEmpty else { return candidates }
        let names = Set(excluded.map { $0.name.lowercased() })
        let terms = Set(candidates.map { $0.entry.term.lowercased() })
        for name in excluded where !terms.contains(name.name.lowercased()) {
            log.report(.warning("glossary.exclude: `\(name.name)` names no term of the notes or glossary.yml", at: name.location))
        }
        return candidates.filter { !names.contains($0.entry.term.lowercased()) }
    }

    /// Case- and accent-insensitive, then as written, so the order never depends on input order.
    static func sortKey(_ term: String) -> (String, String) {
        (term.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), term)
    }

    /// An alias that names another entry is an error; a derived spelling (`AZ` of
    /// `Availability Zone (AZ)`) that does is a warning, since links then go to the other entry.
    static func nameConflicts(_ index: GlossaryIndex, _ entries: [GlossaryEntry]) -> [Diagnostic] {
        index.conflicts.map { conflict in
            let lost = conflict.lost
            let owner = entries[conflict.owner.entry]
            let role = [GlossaryIndex.Kind.term: "", .alias: "alias, ", .derived: "short form, "][conflict.owner.kind]!
            let ownerDescription = "`\(owner.term)` (\(role)\(conflict.owner.location))"
            switch lost.kind {
            case .alias:
                return .error("alias `\(lost.text)` of `\(entries[lost.entry].term)` already names \(ownerDescription); remove one of them", at: lost.location)
            case .term:
                return .warning("`\(lost.text)` is matched as the same words as \(ownerDescription); mentions link there", at: lost.location)
            case .derived:
                return .warning("`\(lost.text)` (from `\(entries[lost.entry].term)`) already names \(ownerDescription); mentions link there", at: lost.location)
            }
        }
    }

    /// Checks every `see:` name and replaces it by the term it names.
    static func resolveSee(_ entries: inout [GlossaryEntry], candidates: [GlossaryCandidate], index: GlossaryIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, candidate) in candidates.enumerated() {
            var resolved: [String] = []
            for (position, name) in candidate.entry.see.enumerated() {
                let location = position < candidate.seeLocations.count ? candidate.seeLocations[position] : candidate.entry.location
                guard let target = index.entry(named: name) else {
                    diagnostics.append(.error("`see: \(name)` names no glossary term", at: location))
                    continue
                }
                if target == number {
                    diagnostics.append(.warning("`see: \(name)` points to `\(candidate.entry.term)` itself", at: location))
                } else if !resolved.contains(entries[target].term) {
                    resolved.append(entries[target].term)
                }
            }
            entries[number].see = resolved
        }
        return diagnostics
    }

    /// Which terms each text mentions (`phrases[i]`: the spellings of term `i`, the matcher's
    /// input): the sorted term numbers, text for text.
    typealias Mentions = (_ phrases: [[String]], _ texts: [String]) -> [[Int]]

    /// One pass over each page's words, whatever the number of terms, pages on every core.
    static func mentions(_ phrases: [[String]], in texts: [String]) -> [[Int]] {
        let matcher = TermMatcher(phrases: phrases)
        return texts.concurrentMap { text in
            Set(matcher.matches(in: text).map(\.term)).sorted()
        }
    }

    /// Fills `usedIn` with every page whose prose mentions a spelling of the term.
    static func findUses(_ entries: inout [GlossaryEntry], in pages: [Page], mentioned: [[Int]]) {
        for (page, terms) in zip(pages, mentioned) {
            for term in terms { entries[term].usedIn.append(page.slug) }
        }
    }
}
