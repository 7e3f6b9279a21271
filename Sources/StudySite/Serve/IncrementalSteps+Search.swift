import Foundation
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

/// The search index in `serve`. Each note's group file JSON is kept by what the index reads
/// of the note (`SearchNote`), and every group's words stay counted and gathered by term: a
/// save counts the saved note again and updates the gathered terms with it (notes added,
/// removed or moved renumber the groups after them). Every term's ranked postings are kept
/// too (`SearchRankedTerms`): the saved note's terms are ranked again, and the others only
/// where the save moved the scores enough to change their levels. The files are written
/// from those parts as `build` writes them, and a file none of whose parts changed is kept.
final class IncrementalSearch: Sendable {
    /// Each note's group file JSON, by its `SearchNote`. Its scope names the gathered terms
    /// the kept notes' counts are in: without them, every note is counted again.
    let notes = NoteMemo<SearchNote, [UInt8], UUID>()

    private struct Kept: Sendable {
        var stamp: UUID
        var ids: [String]
        var glossary: [SearchGroup]
        var glossaryJSON: [[UInt8]]
        var gathered: SearchRanking.Gathered
        var lastCounted: Int?
        var ranked: SearchRankedTerms
        var written: SearchFiles
    }

    private let kept = Mutex<Kept?>(nil)

    /// How many groups the last build counted into the kept terms; nil when it gathered
    /// every group afresh (the first build).
    var lastCounted: Int? { kept.withLock { $0?.lastCounted } }
    /// How many terms the last build ranked again.
    var lastRanked: Int { kept.withLock { $0?.ranked.lastRanked ?? 0 } }

    /// The index's files; `ids` are the notes' source paths, index for index with `notes`.
    func files(ids: [String], notes: [SearchNote], glossary: [SearchGroup]) throws(BuildFailure) -> [String: [UInt8]] {
        let stamp = kept.withLock { $0?.stamp } ?? UUID()
        var counted: [Int: SearchRanking.GroupCounts] = [:]
        let noteJSON = try self.notes.results(scope: stamp, ids: ids, keys: notes) { missing in
            let shares = missing.concurrentMap { SearchShare(notes[$0].group) }
            for (index, share) in zip(missing, shares) { counted[index] = share.counts }
            return shares.map(\.json)
        }
        // Taken out, so the kept terms and files are changed in place rather than copied.
        var last = kept.withLock { kept in
            defer { kept = nil }
            return kept
        }
        var glossaryJSON: [[UInt8]] = []
        var groups: [SearchRanking.Gathered.Group] = []
        groups.reserveCapacity(ids.count + glossary.count)
        // A kept note's group number in the last build.
        let numbers = last.map { last in last.ids == ids ? nil : Dictionary(uniqueKeysWithValues: zip(last.ids, last.ids.indices)) }
        func oldNumber(_ index: Int) -> Int? {
            guard let numbers else { return nil }
            guard let moved = numbers else { return index }
            return moved[ids[index]]
        }
        for index in ids.indices {
            if let counts = counted[index] {
                groups.append(.counted(counts))
            } else if let old = oldNumber(index) {
                groups.append(.kept(old))
            } else {
                // Kept by the memo but not in the gathered terms: cannot happen while both are
                // updated together, and costs a count if it does.
                groups.append(.counted(SearchRanking.counts(of: notes[index].group)))
            }
        }
        for (index, group) in glossary.enumerated() {
            if let last, index < last.glossary.count, last.glossary[index] == group {
                groups.append(.kept(last.ids.count + index))
                glossaryJSON.append(last.glossaryJSON[index])
            } else {
                let share = SearchShare(group)
                groups.append(.counted(share.counts))
                glossaryJSON.append(share.json)
            }
        }
        var changes: SearchRanking.Gathered.Changes?
        var lastCounted: Int?
        if last != nil {
            changes = last!.gathered.update(groups)
            lastCounted = groups.count { if case .counted = $0 { true } else { false } }
        } else {
            let gathered = SearchRanking.Gathered(groups.map { group in
                guard case .counted(let counts) = group else { preconditionFailure("a kept group without kept terms") }
                return counts
            })
            last = Kept(
                stamp: stamp, ids: [], glossary: [], glossaryJSON: [], gathered: gathered, lastCounted: nil,
                ranked: SearchRankedTerms(), written: SearchFiles())
        }
        let gathered = last!.gathered
        last!.ranked.update(gathered, changes: changes)
        let ranked = last!.ranked
        last!.written.update(groupJSON: noteJSON + glossaryJSON, gathered: gathered, ranked: ranked)
        let files = last!.written.files
        last!.ids = ids
        last!.glossary = glossary
        last!.glossaryJSON = glossaryJSON
        last!.lastCounted = lastCounted
        kept.withLock { $0 = last }
        return files
    }
}
