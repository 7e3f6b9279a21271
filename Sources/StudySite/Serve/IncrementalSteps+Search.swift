/// The search index in `serve`: each note's share of the index (its words counted, its group
/// file's JSON) is kept by what the index reads of the note (`SearchNote`), so a save counts
/// and writes the saved note's share only. The term files are merged again from every kept
/// count on each build: a BM25 weight depends on every section (document count, average
/// length, a term's document frequency), so one edit can change any of them.
extension IncrementalSteps {
    func runSearch(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let ids = state.site.pages.map(\.sourcePath)
        // The scope is constant: a share depends on its note alone.
        try SearchIndex.run(&state.site, sectionTexts: state.sectionTexts) { (notes: [SearchNote]) throws(BuildFailure) in
            try search.results(scope: true, ids: ids, keys: notes) { missing in
                missing.concurrentMap { SearchShare(notes[$0].group) }
            }
        }
        state.sectionTexts = []
    }
}
