/// The build `serve` runs on every save: `Pipeline.steps` as they are, but the steps that
/// work note by note (lint, Markdown, term links) run only on the notes whose inputs changed
/// since the last build (see `NoteMemo`), and the last step renders and writes only the files
/// that changed (see `IncrementalOutput`). Each memoized step is the real step, run on a
/// state holding just those notes, so `serve` and `build` cannot drift apart; what the other
/// notes need comes from the last build. The steps that read the whole course keep each
/// note's part of their work and redo the edited note's: reading the files, note links and
/// the glossary (SitewideMemos), the search index (IncrementalSteps+Search.swift) and the
/// print page (IncrementalSteps+Study.swift), which is made only when a browser asks for it.
final class IncrementalSteps: Sendable {
    /// Diagnostics by note; the lint reads the note's front matter and Markdown only.
    let lint = NoteMemo<NoteSource, [Diagnostic], Bool>()
    /// The note after the Markdown pass, with its draft, texts and diagnostics. Depends on site.yml (`unsafe_html` …).
    let markdown = NoteMemo<NoteSource, CompiledNote, SiteConfig>()
    /// The note with its finished HTML: its draft with term links and generated blocks.
    let finishing = NoteMemo<FinishingInput, Page, FinishingScope>()
    /// Each note's part of the print page (see IncrementalSteps+Study.swift).
    let printSections = NoteMemo<PrintSectionKey, String, [String: String]>()
    /// Each note's share of the search index, and their terms (IncrementalSteps+Search.swift).
    let search = IncrementalSearch()
    let output: IncrementalOutput
    let sitewide = SitewideMemos()

    init(siteRoot: String, scratch: String) {
        output = IncrementalOutput(root: siteRoot, scratch: scratch)
    }

    /// `Pipeline.steps`, the note-by-note ones and the last one replaced.
    var steps: [BuildStep] {
        Pipeline.steps.map { step in
            switch step.name {
            case "content": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runContent(&state, context) }
            case "note links": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runNoteLinks(&state, context) }
            case "glossary": BuildStep(step.name) { state, context in self.runGlossary(&state, context) }
            case "lint": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runLint(step, &state, context) }
            case "markdown": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runMarkdown(step, &state, context) }
            case "search index": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runSearch(&state, context) }
            case "term links and blocks": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runFinishing(step, &state, context) }
            case "study pages": BuildStep(step.name) { state, context throws(BuildFailure) in try self.runStudyPages(&state, context) }
            case "render and write": BuildStep(step.name) { state, context throws(BuildFailure) in
                state.fileCount = try self.output.write(
                    state.site, templates: state.templates!, templatesDirectory: context.options.templatesDirectory, deferred: self.deferredPages)
            }
            default: step
            }
        }
    }

    private func runLint(_ step: BuildStep, _ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let sources = state.site.pages.indices.map { NoteSource(page: state.site.pages[$0], markdown: state.markdown[$0]) }
        let found = try lint.results(scope: context.options.lint, ids: state.site.pages.map(\.sourcePath), keys: sources) { missing throws(BuildFailure) in
            var part = state.selecting(missing)
            return try Self.run(step, on: &part, context: context, notes: missing.map { state.site.pages[$0].sourcePath })
        }
        for diagnostics in found { context.log.report(diagnostics) }
    }

    private func runMarkdown(_ step: BuildStep, _ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let sources = state.site.pages.indices.map { NoteSource(page: state.site.pages[$0], markdown: state.markdown[$0]) }
        let notes = try markdown.results(scope: state.site.config, ids: state.site.pages.map(\.sourcePath), keys: sources) { missing throws(BuildFailure) in
            var part = state.selecting(missing)
            let paths = missing.map { state.site.pages[$0].sourcePath }
            let diagnostics = try Self.run(step, on: &part, context: context, notes: paths)
            return part.site.pages.indices.map { index in
                CompiledNote(
                    page: part.site.pages[index], draft: part.drafts[index], searchableText: part.searchableText[index],
                    sectionTexts: part.sectionTexts[index], diagnostics: diagnostics[index])
            }
        }
        state.site.pages = notes.map(\.page)
        state.drafts = notes.map(\.draft)
        state.searchableText = notes.map(\.searchableText)
        state.sectionTexts = notes.map(\.sectionTexts)
        state.markdown = []
        for note in notes { context.log.report(note.diagnostics) }
    }

    private func runFinishing(_ step: BuildStep, _ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let site = state.site
        let inputs = state.site.pages.indices.map { index in
            FinishingInput(page: site.pages[index], draft: state.drafts[index], blocks: site.pages[index].blocks.map { site.generatedBlocks[$0.location] })
        }
        let scope = FinishingScope(config: site.config, glossary: site.glossary)
        // The finished page itself is kept, not only its HTML: an unchanged note stays the
        // same value from build to build, which the later steps' keys compare at once.
        state.site.pages = try finishing.results(scope: scope, ids: site.pages.map(\.sourcePath), keys: inputs) { missing throws(BuildFailure) in
            var part = state.selecting(missing)
            // The real log: the step stops the build if an earlier one reported an error.
            try step.run(&part, context)
            return part.site.pages
        }
        state.drafts = []
    }

    /// Runs `step` on `part` with a log of its own, and returns what it reported, per note
    /// (`notes`: the source paths of `part`'s pages); anything reported elsewhere goes
    /// straight to the build's log.
    private static func run(_ step: BuildStep, on part: inout BuildState, context: BuildContext, notes: [String]) throws(BuildFailure) -> [[Diagnostic]] {
        let log = DiagnosticLog()
        try step.run(&part, BuildContext(options: context.options, log: log))
        let byNote = Dictionary(grouping: log.all) { $0.location?.path ?? "" }
        let known = Set(notes)
        context.log.report(byNote.filter { !known.contains($0.key) }.values.flatMap { $0 })
        return notes.map { byNote[$0] ?? [] }
    }
}

/// A note as Content read it: what the lint and the Markdown pass read of it.
struct NoteSource: Equatable, Sendable {
    var page: Page
    var markdown: String
}

/// One note after the Markdown pass, as the step leaves it in the build's state.
struct CompiledNote: Sendable {
    var page: Page
    var draft: BodyDraft
    var searchableText: String
    var sectionTexts: [String]
    var diagnostics: [Diagnostic]
}

/// What finishing a note's body reads of it: the note, its draft and its generated blocks' HTML.
struct FinishingInput: Equatable, Sendable {
    var page: Page
    var draft: BodyDraft
    var blocks: [String?]
}

/// What finishing reads of the whole site: the glossary whose terms it links, and site.yml.
struct FinishingScope: Equatable, Sendable {
    var config: SiteConfig
    var glossary: [GlossaryEntry]
}

extension BuildState {
    /// A copy holding only the notes at `indices` (and their entries of each per-note list),
    /// for running a note-by-note step on them.
    func selecting(_ indices: [Int]) -> BuildState {
        var part = self
        part.site.pages = indices.map { site.pages[$0] }
        func pick<T>(_ list: [T]) -> [T] { list.isEmpty ? [] : indices.map { list[$0] } }
        part.markdown = pick(markdown)
        part.drafts = pick(drafts)
        part.searchableText = pick(searchableText)
        part.sectionTexts = pick(sectionTexts)
        return part
    }
}
