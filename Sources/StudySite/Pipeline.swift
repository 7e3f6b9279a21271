import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates", outputDirectory: String = "_site") {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
    }
}

/// What a build did, for the summary line.
public struct BuildReport: Sendable {
    public var pageCount: Int
    public var fileCount: Int
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var indexPath: String
    /// Wall time of each stage, in order.
    public var stages: [StageTiming]
    /// `base_url` from site.yml, for a link check of the built site.
    public var siteURL: String?
}

/// The build, as a list of named stages over one `Site` value:
/// Content → Markdown → Generators → Markdown (holes filled) → Render → Output.
/// Stages collect every problem they find; the build stops after the first stage that found errors.
public enum Pipeline {
    public static func build(_ options: BuildOptions, log: DiagnosticLog) throws(BuildFailure) -> BuildReport {
        let start = ContinuousClock.now
        var timer = StageTimer()
        let templates = try timer.measure("templates") { () throws(BuildFailure) in try TemplateRenderer(directory: options.templatesDirectory) }
        var site = try timer.measure("content") { () throws(BuildFailure) in try ContentLoader.load(contentDirectory: options.contentDirectory, log: log) }
        try generate(&site, log: log, timer: &timer)
        let assets = URL(fileURLWithPath: options.templatesDirectory).appendingPathComponent("assets")
        let fileCount = try timer.measure("render and write") { () throws(BuildFailure) in
            try write(site, templates: templates, assets: assets, to: options.outputDirectory)
        }
        return BuildReport(
            pageCount: site.pages.count, fileCount: fileCount, warnings: log.warnings,
            seconds: start.duration(to: .now).seconds,
            indexPath: (options.outputDirectory as NSString).appendingPathComponent("index.html"),
            stages: timer.timings, siteURL: site.config.baseURL)
    }

    /// Every stage between loading and rendering: Markdown, glossary, reference tables, term links.
    static func generate(_ site: inout Site, log: DiagnosticLog, timer: inout StageTimer) throws(BuildFailure) {
        let options = CMark.Options(unsafeHTML: site.config.unsafeHTML)
        try timer.measure("markdown") { () throws(BuildFailure) in try compileMarkdown(&site, options: options, log: log) }
        timer.measure("glossary") {
            Glossary.generate(&site, log: log)
            // Only the glossary's "used in" lists search the prose.
            for index in site.pages.indices { site.pages[index].searchableText = "" }
        }
        timer.measure("reference tables") { ReferenceBlocks.generate(&site, log: log) }
        timer.measure("search") { SearchIndex.run(&site, log: log) }
        try log.throwIfErrors()
        timer.measure("term links and blocks") { finishBodies(&site) }
    }

    /// Renders every page through the templates and streams it into a staged copy of the
    /// site, swapped in at the end; on any error the staged files go and the previous site
    /// stays. Returns the number of files written (assets aside).
    static func write(_ site: Site, templates: TemplateRenderer, assets: URL, to output: String) throws(BuildFailure) -> Int {
        let renderer = try SiteRenderer(site: site, templates: templates)
        let writer = try SiteWriter(output: output)
        do throws(BuildFailure) {
            try writer.prepareFolders(for: renderer.outputPaths + site.extraFiles.keys)
            var count = try renderer.renderFiles { path, contents throws(BuildFailure) in try writer.write(contents, to: path) }
            for (path, bytes) in site.extraFiles.sorted(by: { $0.key < $1.key }) {
                try writer.write(String(decoding: bytes, as: UTF8.self), to: path)
                count += 1
            }
            try writer.copyAssets(from: assets, leavingOut: site.config.search ? [] : [SearchIndex.scriptAsset])
            try writer.commit()
            return count
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The Markdown pass, on every core. Finishing a parse takes turns (see `CMark`); pages
    /// go in batches of eight, one turn each, so the lock changes hands an eighth as often.
    static func compileMarkdown(_ site: inout Site, options: CMark.Options, log: DiagnosticLog) throws(BuildFailure) {
        let compiler = MarkdownCompiler(generatorNames: ReferenceBlocks.names, options: options)
        let pages = site.pages
        let batchSize = 8
        let batches = stride(from: 0, to: pages.count, by: batchSize).map { $0..<min($0 + batchSize, pages.count) }
        // Compiling cannot fail; `concurrentMap` is typed for stages that can.
        let analyses = ((try? batches.concurrentMap { range in compiler.compile(Array(pages[range])) }) ?? []).flatMap { $0 }
        for (index, analysis) in analyses.enumerated() {
            site.pages[index].headings = analysis.headings
            site.pages[index].definitions = analysis.definitions
            site.pages[index].blocks = analysis.blocks
            site.pages[index].searchableText = analysis.searchableText
            site.pages[index].sectionTexts = analysis.sectionTexts
            site.pages[index].draft = analysis.draft
            // Nothing reads the Markdown after this pass; a large site should not keep it.
            site.pages[index].markdown = ""
            log.report(analysis.diagnostics)
        }
        try log.throwIfErrors()
    }

    /// Each page's HTML: its draft with term links and generated blocks filled in, on every core.
    static func finishBodies(_ site: inout Site) {
        let terms = Glossary.linking(site)
        let generatedBlocks = site.generatedBlocks
        // Finishing a draft cannot fail; `concurrentMap` is typed for stages that can.
        let html = (try? site.pages.concurrentMap { page in
            page.draft.finish(terms: terms?.linker(for: page), blocks: generatedBlocks)
        }) ?? []
        for index in site.pages.indices {
            site.pages[index].contentHTML = html[index]
            site.pages[index].draft = BodyDraft()
        }
    }
}
