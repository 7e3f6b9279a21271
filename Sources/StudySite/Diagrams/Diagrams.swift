/// The Diagrams stage: every ` ```dot ` block laid out by Graphviz into inline SVG, cleaned
/// (`SVGCleaner`) and put in `site.generatedBlocks` for the Markdown draft's hole. Problems
/// point at the note: dot's line numbers are mapped to the note's lines.
enum Diagrams {
    static let dotName = "dot"
    /// Info strings this stage fills, for the Markdown pass.
    static let names: Set<String> = [dotName]

    static func run(_ site: inout Site, log: DiagnosticLog) {
        run(&site, log: log, renderer: DotRenderer(cacheDirectory: site.cacheDirectory))
    }

    static func run(_ site: inout Site, log: DiagnosticLog, renderer: DotRenderer) {
        let blocks = site.pages.flatMap { page in page.blocks.filter { $0.name == dotName }.map { (page: page, block: $0) } }
        guard let first = blocks.first else { return }
        guard let version = renderer.version() else {
            log.report(.error(
                "dot: Graphviz's `dot` \(renderer.executable == nil ? "is not on PATH" : "does not run"); install the Debian package `graphviz` (sudo apt-get install graphviz)",
                at: first.block.location))
            return
        }
        let sources = blocks.map { DotSource($0.block.body) }
        let results = renderer.render(sources.map(\.text), version: version)
        for ((page, block), (source, result)) in zip(blocks, zip(sources, results)) {
            let location = block.location
            if result.timedOut {
                log.report(.error("dot: gave up after \(renderer.timeLimit) (the layout took too long; make the graph smaller)", at: location))
                continue
            }
            log.report(DotDiagnostics.diagnostics(stderr: result.stderr, fence: location, failed: result.svg == nil))
            guard let svg = result.svg else { continue }
            let links = LinkRewriter(pageSlug: page.slug)
            let options = SVGCleaner.Options(
                idPrefix: SVGFigure.idPrefix(for: location), title: source.caption ?? "Diagram", rewriteLink: { links.rewrite($0) })
            guard let cleaned = SVGCleaner.clean(svg, options: options) else {
                log.report(.error("dot: its SVG could not be read (not well-formed XML)", at: location))
                continue
            }
            if source.caption == nil {
                log.report(.warning("dot: no caption; start the block with `// caption: …` to name the diagram for screen readers", at: location))
            }
            site.generatedBlocks[location] = SVGFigure.html(svg: cleaned, caption: source.caption, kind: "dot")
        }
    }
}
