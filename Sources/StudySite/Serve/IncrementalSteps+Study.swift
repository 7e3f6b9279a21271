/// The study pages in `serve`: `Study.finish` as `build` runs it, except that each note's part
/// of the print page (its HTML with ids, links and headings rewritten: a pass over 84 MB at
/// 10,000 notes) is kept between builds and made again only for a note whose part would read
/// something new. The rest of the step (flashcards, practice, cheat sheet, the Anki deck, the
/// print page's contents, glossary and tables) is made whole; it is small next to the notes.
extension IncrementalSteps {
    /// The "study pages" step of `Pipeline.steps`, with the kept print parts.
    func runStudyPages(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        Study.finish(&state.site, log: context.log, printSections: keptPrintSections)
        try context.log.throwIfErrors()
    }

    /// `PrintPage.noteSections`, made only for the notes whose key changed. The scope is every
    /// note's prefix: a link to another note is rewritten to that note's prefix.
    private func keptPrintSections(_ pages: [Page], links: PrintLinks) -> [String] {
        let keys = pages.map(PrintSectionKey.init)
        do {
            return try printSections.results(scope: links.prefixes, ids: pages.map(\.sourcePath), keys: keys) { missing in
                PrintPage.noteSections(missing.map { pages[$0] }, links: links)
            }
        } catch {
            preconditionFailure("making print sections cannot fail: \(error)")
        }
    }
}

/// What `PrintPage.noteSection` reads of a note (besides the prefixes, the memo's scope).
struct PrintSectionKey: Equatable, Sendable {
    var slug: String
    var title: String
    var titleID: String?
    var summary: String
    var html: String

    init(_ page: Page) {
        slug = page.slug
        title = page.title
        titleID = page.titleID
        summary = page.summary
        html = page.contentHTML
    }
}
