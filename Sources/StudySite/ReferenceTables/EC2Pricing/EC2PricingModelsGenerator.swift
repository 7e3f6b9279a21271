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
        // Two tables of one model per row, cost then behaviour: seven columns of prose do not
        // fit beside the sidebar at 1280 px, and a box that scrolls hides the last ones.
        var cost = HTMLTable(caption: "EC2 pricing models compared: what you commit to and pay", columns: [
            .init("Pricing model"), .init("Commitment"), .init("Billing"), .init("Discount vs On-Demand"),
        ])
        var behaviour = HTMLTable(caption: "EC2 pricing models compared: how they behave", columns: [
            .init("Pricing model"), .init("Can be interrupted"), .init("Charged while stopped"), .init("Best for"),
        ])
        for model in models {
            cost.addRow(model.name, model.commitment, model.billing, model.discount)
            behaviour.addRow(model.name, model.interruptible, model.chargedWhileStopped, model.bestFor)
        }
        return GeneratedHTML.block(name, [cost.html, behaviour.html])
    }
}
