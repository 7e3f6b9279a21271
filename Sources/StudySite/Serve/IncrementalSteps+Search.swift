import Synchronization

extension IncrementalSteps {
    func runSearch(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let ids = state.site.pages.map(\.sourcePath)
        try SearchIndex.run(&state.site, sectionTexts: state.sectionTexts) { (notes, glossary) throws(BuildFailure) in
            try search.files(ids: ids, notes: notes, glossary: glossary)
        }
        state.sectionTexts = []
    }
}

/// The search index in `serve`. Each note's share of the index (its words counted, its group
/// file's JSON) is kept by what the index reads of the note (`SearchNote`), and the shares'
/// counts stay gathered by term: a save counts the saved note again and replaces its group
/// in the gathered terms. The postings are scored again on every build (a BM25 weight
/// depends on every section: document count, average length, a term's document frequency),
/// and the files are written from them as `build` writes them.
final class IncrementalSearch: Sendable {
    /// Each note's share, by its `SearchNote`.
    let notes = NoteMemo<SearchNote, SearchShare, Bool>()

    private struct Kept: Sendable {
        var ids: [String]
        var glossary: [SearchGroup]
        /// The notes' shares, then the glossary's.
        var shares: [SearchShare]
        var gathered: SearchRanking.Gathered
        var lastReplaced: Int?
    }

    private let kept = Mutex<Kept?>(nil)

    /// How many groups the last build replaced in the kept terms; nil when it gathered every
    /// group afresh (the first build, or notes added, removed or reordered).
    var lastReplaced: Int? { kept.withLock { $0?.lastReplaced } }

    /// The index's files; `ids` are the notes' source paths, index for index with `notes`.
    func files(ids: [String], notes: [SearchNote], glossary: [SearchGroup]) throws(BuildFailure) -> [String: [UInt8]] {
        var recounted: [Int] = []
        let noteShares = try self.notes.results(scope: true, ids: ids, keys: notes) { missing in
            recounted = missing
            return missing.concurrentMap { SearchShare(notes[$0].group) }
        }
        // Taken out, so the kept terms are changed in place rather than copied.
        let last = kept.withLock { kept in
            defer { kept = nil }
            return kept
        }
        let unchanged = last.map { last in
            glossary.indices.map { last.glossary.indices.contains($0) && last.glossary[$0] == glossary[$0] }
        } ?? []
        let glossaryShares = glossary.indices.map { index in
            unchanged.isEmpty || !unchanged[index] ? SearchShare(glossary[index]) : last!.shares[last!.ids.count + index]
        }
        let shares = noteShares + glossaryShares
        var gathered: SearchRanking.Gathered
        var replaced: Int?
        if var last, last.ids == ids, last.shares.count == shares.count {
            let changed = recounted + glossary.indices.filter { !unchanged[$0] }.map { ids.count + $0 }
            for group in changed {
                last.gathered.replace(group: group, old: last.shares[group].counts, new: shares[group].counts)
            }
            gathered = last.gathered
            replaced = changed.count
        } else {
            gathered = SearchRanking.Gathered(shares.map(\.counts))
        }
        let files = SearchShards.files(for: shares, gathered: gathered)
        kept.withLock { $0 = Kept(ids: ids, glossary: glossary, shares: shares, gathered: gathered, lastReplaced: replaced) }
        return files
    }
}
