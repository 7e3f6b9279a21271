extension IncrementalSteps {
    /// The glossary step, scanning for terms only the notes whose prose changed, unless the
    /// terms' spellings did (a term or alias added, removed or renamed), and exporting the
    /// glossary (`glossary.json` lists every note using each term) only when an entry changed.
    func runGlossary(_ state: inout BuildState, _ context: BuildContext) {
        let ids = state.site.pages.map(\.sourcePath)
        Glossary.generate(&state.site, glossaryFile: state.files.glossary, searchableText: state.searchableText, log: context.log) { phrases, texts in
            // Scanning cannot fail; the memo's signature is that of the steps that can.
            (try? sitewide.mentions.results(scope: phrases, ids: ids, keys: texts) { missing in
                Glossary.mentions(phrases, in: missing.map { texts[$0] })
            }) ?? Glossary.mentions(phrases, in: texts)
        } exports: { entries in
            if let kept = sitewide.glossaryExports.withLock({ $0 }), kept.entries == entries { return (kept.json, kept.tsv) }
            let files = Glossary.exports(entries)
            sitewide.glossaryExports.withLock { $0 = (entries, files.json, files.tsv) }
            return files
        }
        state.searchableText = []
    }
}
