/// The study pages in `serve`: `Study.finish` as `build` runs it, except for the print page.
/// That page is the whole course (84 MB at 10,000 notes): made, laid out and written on
/// every save it was most of a rebuild, for a page a browser rarely has open. So the step
/// puts the page in the site without its body (its title and link are all the other pages
/// read), and `IncrementalOutput` makes it when a browser asks for it (`DeferredFile`),
/// from the site of the last build, as `build` makes it. Each note's part of it (its HTML
/// with ids, links and headings rewritten) is kept between builds and made again only for
/// a note whose part would read something new.
extension IncrementalSteps {
    /// The "study pages" step of `Pipeline.steps`, with the print page left to be made on request.
    func runStudyPages(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        Study.finish(&state.site, log: context.log, printPage: PrintPage.withoutBody)
        try context.log.throwIfErrors()
    }

    /// The pages `IncrementalOutput` makes on request, by slug: the print page, with the kept parts.
    var deferredPages: [String: @Sendable (Site) -> GeneratedPage] {
        [PrintPage.slug: { [printSections] site in
            PrintPage.page(site, referenceBlockNames: ReferenceBlocks.names) { Self.keptPrintSections($0, links: $1, memo: printSections) }
        }]
    }

    /// `PrintPage.noteSections`, made only for the notes whose key changed. The scope is every
    /// note's prefix: a link to another note is rewritten to that note's prefix.
    private static func keptPrintSections(_ pages: [Page], links: PrintLinks, memo: NoteMemo<PrintSectionKey, String, [String: String]>) -> [String] {
        let keys = pages.map(PrintSectionKey.init)
        do {
            return try memo.results(scope: links.prefixes, ids: pages.map(\.sourcePath), keys: keys) { missing in
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
