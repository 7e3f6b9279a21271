/// ` ```ec2-pricing-models `: the `models:` list of `content/data/ec2-pricing.yml` as a
/// comparison table. Takes no parameters.
struct EC2PricingModelsGenerator: BlockGenerator {
    static let name = "ec2-pricing-models"
    var readsEC2Pricing: Bool { true }

    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        _ = try BlockParameters(block, known: [])
        return Self.html(models: try context.ec2Pricing(for: block).models)
    }

    static func html(models: [EC2PricingData.Model]) -> String {
        var table = HTMLTable(caption: "EC2 pricing models compared", columns: [
            .init("Pricing model"), .init("Commitment"), .init("Billing"), .init("Discount vs On-Demand"),
            .init("Can be interrupted"), .init("Charged while stopped"), .init("Best for"),
        ])
        for model in models {
            table.addRow(model.name, model.commitment, model.billing, model.discount, model.interruptible, model.chargedWhileStopped, model.bestFor)
        }
        return GeneratedHTML.block(name, [table.html])
    }
}
