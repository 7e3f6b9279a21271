import Foundation

/// The reference-tables stage for fenced generator blocks (` ```cidr-table `, ` ```subnets `, …):
/// computes each block's HTML table into `site.generatedBlocks`; a table repeated on several
/// pages is shown by one and linked from the others (`RepeatedBlocks`).
enum ReferenceBlocks {
    /// Every generator a note can call, by the info string that calls it.
    static let generators: [String: any BlockGenerator] = [
        CIDRTableGenerator.name: CIDRTableGenerator(),
        SubnetsGenerator.name: SubnetsGenerator(),
        CIDRExampleGenerator.name: CIDRExampleGenerator(),
        EC2PricingGenerator.name: EC2PricingGenerator(),
        EC2PricingModelsGenerator.name: EC2PricingModelsGenerator(),
        BillingExampleGenerator.name: BillingExampleGenerator(),
    ]

    static var names: Set<String> { Set(generators.keys) }

    /// Fills `site.generatedBlocks` from the notes' generator blocks; `dataFiles` are the
    /// `data/*.yml` files Content read.
    static func generate(_ site: inout Site, dataFiles: [String: TextFile], log: DiagnosticLog, today: CalendarDay = CalendarDay(Date())) {
        let calls = site.pages.indices.flatMap { index in
            site.pages[index].blocks.compactMap { block in generators[block.name].map { (block, $0, index) } }
        }
        let context = GeneratorContext(
            contentDirectory: site.contentDirectory, dataFiles: dataFiles, log: log, today: today,
            readsEC2Pricing: calls.contains { $0.1.readsEC2Pricing })
        for (block, generator, _) in calls {
            do {
                site.generatedBlocks[block.location] = try generator.html(for: block, context: context)
            } catch {
                log.report(error.diagnostics)
            }
        }
        RepeatedBlocks.link(&site, placed: calls.map { RepeatedBlocks.Placed(page: $0.2, block: $0.0) })
    }
}

/// A table generator called from a note with a fenced block whose body is YAML parameters.
protocol BlockGenerator: Sendable {
    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String
    /// Whether the generator needs `data/ec2-pricing.yml`, which is then read once for the build.
    var readsEC2Pricing: Bool { get }
}

extension BlockGenerator {
    var readsEC2Pricing: Bool { false }
}
