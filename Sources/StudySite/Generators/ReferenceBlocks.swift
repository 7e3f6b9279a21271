/// The Generators stage for fenced generator blocks (` ```cidr-table `, ` ```subnets `, …):
/// computes each block's HTML table into `site.generatedBlocks`.
public enum ReferenceBlocks {
    /// Every generator a note can call, by the info string that calls it.
    static let generators: [String: any BlockGenerator] = [:]

    public static var names: Set<String> { Set(generators.keys) }

    public static func generate(_ site: inout Site, log: DiagnosticLog) {
        let context = GeneratorContext(contentDirectory: site.contentDirectory, log: log)
        for page in site.pages {
            for block in page.blocks {
                guard let generator = generators[block.name] else { continue }
                do {
                    site.generatedBlocks[block.location] = try generator.html(for: block, context: context)
                } catch {
                    log.report(error.diagnostics)
                }
            }
        }
    }
}

/// A table generator called from a note with a fenced block whose body is YAML parameters.
protocol BlockGenerator: Sendable {
    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String
}

/// What generators may read besides their block: the content directory's data files.
final class GeneratorContext: Sendable {
    let contentDirectory: String
    let log: DiagnosticLog

    init(contentDirectory: String, log: DiagnosticLog) {
        self.contentDirectory = contentDirectory
        self.log = log
    }
}
