import Foundation

/// The build: an ordered list of named steps over one `BuildState`. Each step reads what the
/// steps before it left and adds to it; the runner (`[BuildStep].run`) reports progress,
/// times each step and names the step a failure came from. A new stage is one more entry
/// here (see ARCHITECTURE.md).
public enum Pipeline {
    static let steps: [BuildStep] = [
        BuildStep("templates") { state, context throws(BuildFailure) in
            let templates = try TemplateRenderer(directory: context.options.templatesDirectory)
            context.log.report(templates.unknownFieldWarnings(roots: SiteRenderer.templateContexts))
            state.templates = templates
        },
        BuildStep("content") { state, context throws(BuildFailure) in
            state.take(try ContentLoader.load(contentDirectory: context.options.contentDirectory, log: context.log), options: context.options)
        },
        BuildStep("lint") { state, context in
            if context.options.lint { ContentLint.run(state.site, markdown: state.markdown, log: context.log) }
        },
        BuildStep("markdown") { state, context throws(BuildFailure) in
            let bodies = try MarkdownCompiler.compile(&state.site, markdown: state.markdown, generatorNames: ReferenceBlocks.names.union(Diagrams.names).union(Study.blockNames), files: state.site.extraFiles.keys.filter { Slug.isAssetFile($0[...]) }, log: context.log)
            state.markdown = []  // its only reader is done; a large site should not keep it
            state.drafts = bodies.drafts
            state.searchableText = bodies.searchableText
            state.sectionTexts = bodies.sectionTexts
            state.vaultLinks = bodies.vaultLinks
        },
        // A section's `index.md` names it (as Hugo's `_index.md`), once Markdown has read its heading.
        BuildStep("section titles") { state, _ in state.site.nameSectionsByTheirIndexNotes() },
        // Links to a missing note or heading are the build's errors, with or without --check-links.
        BuildStep("note links") { state, context in
            // Also after other errors, so one run reports them all; a note that could not be
            // read is taken to exist (site.unreadNotes).
            NoteLinkCheck.run(state.site, log: context.log)
        },
        BuildStep("glossary") { state, context in
            Glossary.generate(&state.site, glossaryFile: state.files.glossary, searchableText: state.searchableText, log: context.log)
            state.searchableText = []
        },
        BuildStep("reference tables") { state, context in
            ReferenceBlocks.generate(&state.site, dataFiles: state.files.data, log: context.log)
        },
        BuildStep("diagrams") { state, context in
            Diagrams.run(&state.site, log: context.log)
        },
        BuildStep("study") { state, context in
            Study.run(&state.site, log: context.log)
        },
        // Reads the notes' headings and section texts, the glossary, and the generated blocks
        // (tables, diagrams, quizzes) whose text it indexes with the section they stand in.
        BuildStep("search index") { state, context in
            SearchIndex.run(&state.site, sectionTexts: state.sectionTexts, log: context.log)
            state.sectionTexts = []
        },
        // Wikilinks to headings checked, `![[Note]]` embeds filled with the
        // finished note or section (tables and term links included).
        BuildStep("wikilinks and embeds") { state, context in
            EmbedFinishing.run(&state.site, drafts: state.drafts, vaultLinks: state.vaultLinks, log: context.log)
            state.vaultLinks = []
        },
        // Stages above report their problems and go on, so one build lists them all; the
        // pages are finished only from a site without errors.
        BuildStep("term links and blocks") { state, context throws(BuildFailure) in
            try context.log.throwIfErrors()
            BodyFinishing.run(&state.site, drafts: state.drafts)
            state.drafts = []
        },
        // Flashcards, practice, print and the cheat sheet are made of the finished notes.
        BuildStep("study pages") { state, context throws(BuildFailure) in
            Study.finish(&state.site, log: context.log)
            try context.log.throwIfErrors()
        },
        BuildStep("render and write") { state, context throws(BuildFailure) in
            let assets = URL(fileURLWithPath: context.options.templatesDirectory).appendingPathComponent("assets")
            // Findings of the staged check name the note, glossary entry or template that wrote the link.
            let sources = context.options.verifyStagedSite == nil ? nil : LinkSources(site: state.site, templatesDirectory: context.options.templatesDirectory)
            state.fileCount = try SiteOutput.write(
                state.site, templates: state.templates!, assets: assets, to: context.options.outputDirectory,
                verify: context.options.verifyStagedSite, linkSources: sources)
        },
    ]

    public static func build(_ options: BuildOptions, log: DiagnosticLog) throws(BuildFailure) -> BuildReport {
        let start = ContinuousClock.now
        try OutputFolder.check(options.outputDirectory, content: options.contentDirectory, templates: options.templatesDirectory, force: options.force)
        if let cache = options.cacheDirectory { try OutputFolder.checkCache(cache, output: options.outputDirectory) }
        var state = BuildState()
        let timings = try steps.run(&state, context: BuildContext(options: options, log: log))
        return BuildReport(
            pageCount: state.site.pages.count, fileCount: state.fileCount, warnings: log.warnings,
            seconds: start.duration(to: .now).seconds,
            indexPath: (options.outputDirectory as NSString).appendingPathComponent("index.html"),
            stages: timings, siteURL: state.site.config.baseURL)
    }

    /// The steps from `first` through `last`, for tests that start from a state they made
    /// (say, notes in memory) or look at the site between steps.
    static func steps(from first: String = "templates", through last: String) -> [BuildStep] {
        guard let start = steps.firstIndex(where: { $0.name == first }), let end = steps.firstIndex(where: { $0.name == last }) else {
            preconditionFailure("no build step named \(first) or \(last)")
        }
        return Array(steps[start...end])
    }
}
