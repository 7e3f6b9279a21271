extension IncrementalSteps {
    /// The note-links step, checking again only the notes whose links changed, unless a page
    /// or an anchor any link could name came or went (`LinkScope`).
    func runNoteLinks(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let site = state.site
        let found = try sitewide.noteLinks.results(
            scope: LinkScope(site), ids: site.pages.map(\.sourcePath), keys: site.pages.map { NoteLinks(slug: $0.slug, links: $0.links) }
        ) { missing in
            let targets = NoteLinkCheck.Targets(site)
            return missing.map { NoteLinkCheck.diagnostics(for: site.pages[$0], in: targets) }
        }
        for diagnostics in found { context.log.report(diagnostics) }
    }
}

/// What checking a note's links reads of the note itself (its anchors are in the scope).
struct NoteLinks: Equatable, Sendable {
    var slug: String
    var links: [SourceLink]
}

/// What checking any note's links reads of the whole site: which pages the build writes,
/// and the ids on each one a fragment may name. Headings' text and lines are not in it, so
/// an edit that adds no heading (or only moves one) keeps it. Compared page by page, and a
/// note unchanged since the last build hands on the very arrays kept, which compare at once.
struct LinkScope: Equatable, Sendable {
    struct Target: Equatable, Sendable {
        var slug: String
        var sourcePath: String
        var headingIDs: [String]
        var rawHTMLIDs: Set<String>
    }

    var sections: [String]
    var pages: [Target]
    var unreadNotes: Set<String>

    init(_ site: Site) {
        sections = site.sections.map(\.path)
        unreadNotes = site.unreadNotes
        pages = site.pages.map { Target(slug: $0.slug, sourcePath: $0.sourcePath, headingIDs: $0.headings.map(\.id), rawHTMLIDs: $0.rawHTMLIDs) }
    }
}
