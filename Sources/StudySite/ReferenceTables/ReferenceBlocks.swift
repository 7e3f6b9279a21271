import Foundation

/// The Generators stage for fenced generator blocks (` ```cidr-table `, ` ```subnets `, …):
/// computes each block's HTML table into `site.generatedBlocks`.
public enum ReferenceBlocks {
    /// Every generator a note can call, by the info string that calls it.
    static let generators: [String: any BlockGenerator] = [
        CIDRTableGenerator.name: CIDRTableGenerator(),
        SubnetsGenerator.name: SubnetsGenerator(),
        CIDRExampleGenerator.name: CIDRExampleGenerator(),
        EC2PricingGenerator.name: EC2PricingGenerator(),
        EC2PricingModelsGenerator.name: EC2PricingModelsGenerator(),
        BillingExampleGenerator.name: BillingExampleGenerator(),
    ]

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
    /// The build's date (UTC), for the age check of data files; tests pass a fixed day.
    let today: CalendarDay
    /// `data/ec2-pricing.yml`, loaded on first use and shared by every block of the build.
    let ec2PricingCache = OnceCache<Result<EC2PricingData, BuildFailure>>()

    init(contentDirectory: String, log: DiagnosticLog, today: CalendarDay = CalendarDay(Date())) {
        self.contentDirectory = contentDirectory
        self.log = log
        self.today = today
    }
}
