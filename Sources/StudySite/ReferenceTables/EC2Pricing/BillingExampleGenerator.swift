import Foundation

/// ` ```billing-example `: per-second billing worked out for one run of one instance type.
/// Parameters: `duration` (such as `5m 38s`, required), `instance` (a type from the data file, required).
struct BillingExampleGenerator: BlockGenerator {
    static let name = "billing-example"
    var readsEC2Pricing: Bool { true }
    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        let parameters = try BlockParameters(block, known: ["duration", "instance"])
        let text = try parameters.requiredString("duration")
        guard let duration = BillingDuration(parsing: text) else {
            throw parameters.error("duration `\(text)` is not a run time: write hours, minutes and seconds such as 5m 38s, 1h 2m or 338s", at: "duration")
        }
        guard duration.totalSeconds > 0 else { throw parameters.error("duration must be longer than 0 s", at: "duration") }
        let type = try parameters.requiredString("instance")
        let data = try context.ec2Pricing(for: block)
        let instance = try EC2PricingGenerator.instances([type], in: data, parameters: parameters, key: "instance")[0]
        return Self.html(written: text, duration: duration, instance: instance, data: data)
    }

    /// The run's seconds, raised to the data file's `minimum_billed_seconds` when it sets one.
    static func billedSeconds(_ duration: BillingDuration, minimum: Int) -> Int {
        max(minimum, duration.totalSeconds)
    }

    /// Seconds at the exact per-second rate (`hourly` ÷ 3,600), not the rounded one shown.
    static func cost(hourly: Decimal, seconds: Int) -> Decimal {
        hourly * Decimal(seconds) / 3600
    }

    static func html(written: String, duration: BillingDuration, instance: EC2PricingData.Instance, data: EC2PricingData) -> String {
        let billed = billedSeconds(duration, minimum: data.minimumBilledSeconds)
        let cost = cost(hourly: instance.hourly, seconds: billed)
        let hourly = data.money(instance.hourly, places: Money.perHourPlaces)
        var table = HTMLTable(caption: "Per-second billing: \(written) of \(instance.type)", columns: [
            .init("Run time"), .init("Billed seconds", .number), .init("Instance type"),
            .init("On-Demand per hour", .number), .init("per second", .number), .init("Cost", .number),
        ])
        table.addRow(
            written, NumberText.grouped(billed), instance.type, hourly,
            data.money(instance.hourly / 3600, places: Money.perSecondPlaces), data.money(cost, places: Money.perSecondPlaces))

        var seconds = "\(NumberText.grouped(duration.totalSeconds)) s"
        if let arithmetic = duration.arithmetic { seconds = "\(arithmetic) = " + seconds }
        var notes = [seconds + (billed == duration.totalSeconds ? " billed." : ".")]
        if billed != duration.totalSeconds {
            notes.append("Per-second billing has a \(data.minimumBilledSeconds)-second minimum, so the run is billed as \(billed) s.")
        }
        notes.append(
            "Cost: \(NumberText.grouped(billed)) s × \(hourly) per hour ÷ 3,600 s per hour = \(data.money(cost, places: Money.perSecondPlaces)), "
                + "or \(data.money(cost, places: Money.centPlaces)) rounded to cents. The per-second rate is rounded for display only; the cost uses the exact rate.")
        return GeneratedHTML.block(name, [table.html] + notes.map { GeneratedHTML.note(HTMLEscape.text($0)) } + [EC2PricingGenerator.sourceNote(data)])
    }
}
