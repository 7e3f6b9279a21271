import Foundation

/// ` ```ec2-pricing `: example costs per instance type from `content/data/ec2-pricing.yml`.
/// Parameters: `instances` (a list of types; default all, in file order), `hours` (default `hours_per_month`).
struct EC2PricingGenerator: BlockGenerator {
    static let name = "ec2-pricing"
    var readsEC2Pricing: Bool { true }

    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        let parameters = try BlockParameters(block, known: ["instances", "hours"])
        let names = try parameters.strings("instances")
        let hours = try parameters.int("hours")
        if let hours, hours <= 0 { throw parameters.error("hours must be more than 0, found \(hours)", at: "hours") }
        if let names, names.isEmpty { throw parameters.error("instances must list at least one instance type", at: "instances") }
        let data = try context.ec2Pricing(for: block)
        let instances = try Self.instances(names, in: data, parameters: parameters)
        return Self.html(data: data, instances: instances, hours: hours ?? data.hoursPerMonth)
    }

    /// The named instance types, or all of them; an unknown name lists the known ones.
    static func instances(_ names: [String]?, in data: EC2PricingData, parameters: BlockParameters, key: String = "instances") throws(BuildFailure) -> [EC2PricingData.Instance] {
        guard let names else { return data.instances }
        var result: [EC2PricingData.Instance] = []
        for name in names {
            guard let instance = data.instance(name) else {
                let known = data.instances.map(\.type).joined(separator: ", ")
                throw parameters.error("unknown instance type `\(name)` (known in \(data.path): \(known))", at: key)
            }
            result.append(instance)
        }
        return result
    }

    /// The price of `hours` at `hourly`, less `discount` percent; exact, rounded only for display.
    static func cost(hourly: Decimal, hours: Int, discount: Decimal = 0) -> Decimal {
        hourly * Decimal(hours) * (100 - discount) / 100
    }

    static func html(data: EC2PricingData, instances: [EC2PricingData.Instance], hours: Int) -> String {
        let period = hours == data.hoursPerMonth ? "month (\(NumberText.grouped(hours)) h)" : "\(NumberText.grouped(hours)) h"
        let shortPeriod = hours == data.hoursPerMonth ? "month" : "\(NumberText.grouped(hours)) h"
        // Two tables, On-Demand rates then the discounted models: ten columns side by side do
        // not fit beside the sidebar at 1280 px, and a scrolling box hid Reserved and Spot.
        let source = "\(data.region), \(data.operatingSystem), \(data.currency), prices of \(data.retrieved)"
        var onDemand = HTMLTable(
            caption: "Example EC2 On-Demand rates: \(source)",
            columns: [
                .init("Instance type"), .init("vCPU", .number), .init("Memory (GiB)", .number),
                .init("On-Demand per hour", .number), .init("On-Demand per second", .number),
            ])
        var models = HTMLTable(
            caption: "Example EC2 costs by pricing model: \(source)",
            columns: [
                .init("Instance type"), .init("On-Demand per day", .number), .init("On-Demand per \(period)", .number),
                .init("Reserved 1-yr per \(shortPeriod)", .number), .init("Reserved 3-yr per \(shortPeriod)", .number),
                .init("Spot per \(shortPeriod)", .number),
            ])
        let discounts = data.discounts
        for instance in instances {
            let hourly = instance.hourly
            let full = data.money(cost(hourly: hourly, hours: hours), places: Money.centPlaces)
            onDemand.addRow(
                instance.type, "\(instance.vcpu)", "\(instance.memoryGiB)",
                data.money(hourly, places: Money.perHourPlaces),
                data.money(hourly / 3600, places: Money.perSecondPlaces))
            models.addRow(
                instance.type, data.money(cost(hourly: hourly, hours: 24), places: Money.centPlaces), full,
                data.money(cost(hourly: hourly, hours: hours, discount: discounts.reserved1Year), places: Money.centPlaces),
                data.money(cost(hourly: hourly, hours: hours, discount: discounts.reserved3Year), places: Money.centPlaces),
                data.money(cost(hourly: hourly, hours: hours, discount: discounts.spot), places: Money.centPlaces))
        }
        let notes = [
            GeneratedHTML.note(HTMLEscape.text(
                "Reserved and Spot columns: \(discounts.label). They take \(discounts.reserved1Year) % (Reserved 1-year), "
                    + "\(discounts.reserved3Year) % (Reserved 3-year) and \(discounts.spot) % (Spot) off the On-Demand rate.")),
            GeneratedHTML.note(HTMLEscape.text(
                "A day is 24 hours\(hours == data.hoursPerMonth ? ", a month \(NumberText.grouped(hours)) hours" : ""). "
                    + "Computed in exact decimals and rounded half-even for display: per hour to \(Money.perHourPlaces) decimal places, "
                    + "per second to \(Money.perSecondPlaces), every other amount to cents.")),
        ]
        // Where and when the prices are from comes first: they are examples, not quotes.
        return GeneratedHTML.block(name, [sourceNote(data), onDemand.html, models.html] + notes)
    }

    /// Where and when the prices were taken, with a link to the source, stated up front.
    static func sourceNote(_ data: EC2PricingData) -> String {
        let url = HTMLEscape.attribute(data.source)
        return "<p class=\"data-note\"><strong>\(HTMLEscape.text(data.label)).</strong> "
            + HTMLEscape.text("On-Demand list prices for \(data.region), \(data.operatingSystem), in \(data.currency), taken on \(data.retrieved) from ")
            + "<a href=\"\(url)\">\(HTMLEscape.text(data.source))</a>.</p>"
    }
}
