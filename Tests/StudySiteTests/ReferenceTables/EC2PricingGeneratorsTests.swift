import Foundation
import Testing

@testable import StudySite

@Suite struct EC2PricingGeneratorsTests {
    typealias Support = ReferenceTableTestSupport

    private func generate(_ generator: some BlockGenerator, _ name: String, _ body: String) throws -> String {
        let content = ReferenceTableContent()
        return try generator.html(for: Support.block(name, body), context: content.context())
    }

    private func failure(_ generator: some BlockGenerator, _ name: String, _ body: String) throws -> String? {
        let content = ReferenceTableContent()
        return Support.failure { () throws(BuildFailure) in try generator.html(for: Support.block(name, body), context: content.context()) }
    }

    @Test func pricingTableComputesEveryColumnFromTheHourlyPrice() throws {
        let html = try generate(EC2PricingGenerator(), "ec2-pricing", "hours: 730\n")
        let rows = Support.joinedRows(html)
        #expect(rows.map(\.first) == ["t3.micro", "t3.small", "t3.medium", "m5.large", "c5.large", "r5.large"])
        // 0.0104 × 730 = 7.592; × 0.6, 0.4 and 0.3 for the 40 %, 60 % and 70 % discounts.
        #expect(rows[0] == ["t3.micro", "2", "1", "$0.0104", "$0.0000029", "$0.25", "$7.59", "$4.56", "$3.04", "$2.28"])
        #expect(rows[3] == ["m5.large", "2", "8", "$0.0960", "$0.0000267", "$2.30", "$70.08", "$42.05", "$28.03", "$21.02"])
        #expect(rows[5] == ["r5.large", "2", "16", "$0.1260", "$0.0000350", "$3.02", "$91.98", "$55.19", "$36.79", "$27.59"])
        // Two tables that fit beside the sidebar at 1280 px: rates, then costs by pricing model.
        #expect(Support.headings(html) == [
            ["Instance type", "vCPU", "Memory (GiB)", "On-Demand per hour", "On-Demand per second"],
            ["Instance type", "On-Demand per day", "On-Demand per month (730 h)", "Reserved 1-yr per month", "Reserved 3-yr per month", "Spot per month"],
        ])
    }

    @Test func pricingTableStatesRegionDateLabelAndSource() throws {
        let html = try generate(EC2PricingGenerator(), "ec2-pricing", "")
        #expect(html.contains("<caption>Example EC2 On-Demand rates: us-east-1, Linux, USD, prices of 2026-11-25</caption>"))
        #expect(html.contains("<caption>Example EC2 costs by pricing model: us-east-1, Linux, USD, prices of 2026-11-25</caption>"))
        let notes = Support.notes(html)
        #expect(notes[0] == "Example prices — check the source before you rely on them. On-Demand list prices for us-east-1, Linux, in USD, taken on 2026-11-25 from https://aws.amazon.com/ec2/pricing/on-demand/.")
        #expect(notes[1] == "Reserved and Spot columns: Illustrative discounts, not quotes. They take 40 % (Reserved 1-year), 60 % (Reserved 3-year) and 70 % (Spot) off the On-Demand rate.")
        #expect(html.contains("<p class=\"data-note\"><strong>Example prices — check the source before you rely on them.</strong>"))
        #expect(html.contains("<a href=\"https://aws.amazon.com/ec2/pricing/on-demand/\">https://aws.amazon.com/ec2/pricing/on-demand/</a>"))
    }

    @Test func pricingTableShowsTheChosenInstancesAndHours() throws {
        let html = try generate(EC2PricingGenerator(), "ec2-pricing", "instances: [m5.large, t3.micro]\nhours: 100\n")
        let rows = Support.joinedRows(html)
        #expect(rows.map(\.first) == ["m5.large", "t3.micro"])
        #expect(rows[1][6] == "$1.04")  // 0.0104 × 100
        #expect(Support.headings(html)[1][2] == "On-Demand per 100 h")
        #expect(Support.headings(html)[1][5] == "Spot per 100 h")
        #expect(try Support.joinedRows(generate(EC2PricingGenerator(), "ec2-pricing", "instances: c5.large\n")).map(\.first) == ["c5.large"])
    }

    @Test func pricingErrorsListTheKnownInstanceTypes() throws {
        let content = ReferenceTableContent()
        let message = Support.failure { () throws(BuildFailure) in
            try EC2PricingGenerator().html(for: Support.block("ec2-pricing", "instances: [t3.micro, t2.micro]\n"), context: content.context())
        }
        #expect(message == "content/note.md:11:12: error: ec2-pricing: unknown instance type `t2.micro` (known in \(content.path)/data/ec2-pricing.yml: t3.micro, t3.small, t3.medium, m5.large, c5.large, r5.large)")
        #expect(try failure(EC2PricingGenerator(), "ec2-pricing", "hours: 0\n") == "content/note.md:11:8: error: ec2-pricing: hours must be more than 0, found 0")
        #expect(try failure(EC2PricingGenerator(), "ec2-pricing", "instances: []\n") == "content/note.md:11:12: error: ec2-pricing: instances must list at least one instance type")
        #expect(try failure(EC2PricingGenerator(), "ec2-pricing", "instance: t3.micro\n") == "content/note.md:11:11: error: ec2-pricing: unknown parameter `instance` (known: hours, inline, instances)")
    }

    @Test func costIsHourlyTimesHoursLessTheDiscount() {
        let hourly = Money.parse("0.0104")!
        #expect(EC2PricingGenerator.cost(hourly: hourly, hours: 730) == Money.parse("7.592")!)
        #expect(EC2PricingGenerator.cost(hourly: hourly, hours: 730, discount: 40) == Money.parse("4.5552")!)
        #expect(EC2PricingGenerator.cost(hourly: hourly, hours: 730, discount: 100) == 0)
    }

    @Test func modelsTableListsEveryModelOfTheDataFileEscaped() throws {
        let html = try generate(EC2PricingModelsGenerator(), "ec2-pricing-models", "")
        // Two tables of four columns, cost then behaviour, so neither scrolls at 1280 px.
        #expect(Support.headings(html) == [["Pricing model", "Commitment", "Billing", "Discount vs On-Demand"], ["Pricing model", "Can be interrupted", "Charged while stopped", "Best for"]])
        #expect(Support.joinedRows(html)[1] == ["Spot", "None", "Per second while running", "Up to 90 %", "Yes, with a 2-minute warning", "No", "Fault-tolerant &lt;workloads&gt; &amp; more"])
        #expect(html.contains("<th scope=\"row\" data-label=\"Pricing model\">On-Demand</th>"))
    }

    @Test func modelsTableTakesNoParameters() throws {
        #expect(try failure(EC2PricingModelsGenerator(), "ec2-pricing-models", "models: all\n") == "content/note.md:11:9: error: ec2-pricing-models: unknown parameter `models` (known: inline)")
    }

    @Test func everyGeneratorIsRegisteredUnderItsName() {
        #expect(ReferenceBlocks.names == ["cidr-table", "subnets", "cidr-example", "ec2-pricing", "ec2-pricing-models", "billing-example"])
    }
}
