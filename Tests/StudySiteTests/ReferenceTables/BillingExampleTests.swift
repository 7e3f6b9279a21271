import Foundation
import Testing

@testable import StudySite

@Suite struct BillingExampleTests {
    typealias Support = ReferenceTableTestSupport

    @Test func fiveMinutesThirtyEightSecondsIs338Seconds() throws {
        let duration = try #require(BillingDuration(parsing: "5m 38s"))
        #expect(duration.totalSeconds == 338)
        #expect(duration.arithmetic == "5 min × 60 + 38 s")
    }

    @Test func parsesHoursMinutesAndSecondsInAnySubsetButInOrder() {
        #expect(BillingDuration(parsing: "1h 2m 3s")?.totalSeconds == 3_723)
        #expect(BillingDuration(parsing: "5m38s")?.totalSeconds == 338)
        #expect(BillingDuration(parsing: "338s")?.totalSeconds == 338)
        #expect(BillingDuration(parsing: "2h")?.totalSeconds == 7_200)
        #expect(BillingDuration(parsing: "338s")?.arithmetic == nil)
    }

    @Test(arguments: ["", "338", "5 m", "38s 5m", "5m 5m", "5x", "m", "1.5h", "5m 38s extra"])
    func rejectsOtherWritings(_ text: String) {
        #expect(BillingDuration(parsing: text) == nil)
    }

    @Test func billsAtLeastTheMinimumTheDataFileStates() {
        #expect(BillingExampleGenerator.billedSeconds(BillingDuration(seconds: 45), minimum: 60) == 60)
        #expect(BillingExampleGenerator.billedSeconds(BillingDuration(minutes: 5, seconds: 38), minimum: 60) == 338)
        #expect(BillingExampleGenerator.billedSeconds(BillingDuration(seconds: 45), minimum: 0) == 45)
    }

    @Test func costIsTheExactPerSecondRateTimesSeconds() {
        let cost = BillingExampleGenerator.cost(hourly: Money.parse("0.0104")!, seconds: 338)
        #expect(Money.plain(cost, places: 7) == "0.0009764")
        #expect(Money.plain(cost, places: 2) == "0.00")
        #expect(BillingExampleGenerator.cost(hourly: Money.parse("0.096")!, seconds: 3600) == Money.parse("0.096")!)
    }

    @Test func billingExampleShowsTheArithmetic() throws {
        let content = ReferenceTableContent()
        let html = try BillingExampleGenerator().html(
            for: Support.block("billing-example", "duration: 5m 38s\ninstance: t3.micro\n"), context: content.context())
        #expect(Support.rows(html) == [["5m 38s", "338", "t3.micro", "$0.0104", "$0.0000029", "$0.0009764"]])
        let notes = Support.notes(html)
        #expect(notes[0] == "5 min × 60 + 38 s = 338 s billed.")
        #expect(notes[1] == "Cost: 338 s × $0.0104 per hour ÷ 3,600 s per hour = $0.0009764, or $0.00 rounded to cents. The per-second rate is rounded for display only; the cost uses the exact rate.")
        #expect(html.contains("<a href=\"https://aws.amazon.com/ec2/pricing/on-demand/\">"))
    }

    @Test func billingExampleExplainsTheMinimum() throws {
        let content = ReferenceTableContent(pricingData: Support.pricingData.replacingOccurrences(
            of: "hours_per_month: 730", with: "hours_per_month: 730\nminimum_billed_seconds: 60"))
        let html = try BillingExampleGenerator().html(
            for: Support.block("billing-example", "duration: 45s\ninstance: m5.large\n"), context: content.context())
        #expect(Support.rows(html)[0] == ["45s", "60", "m5.large", "$0.0960", "$0.0000267", "$0.0016000"])
        #expect(Support.notes(html).prefix(2) == ["45 s.", "Per-second billing has a 60-second minimum, so the run is billed as 60 s."])
    }

    @Test func withoutAMinimumInTheDataEverySecondIsBilledAsRun() throws {
        let content = ReferenceTableContent()
        let html = try BillingExampleGenerator().html(
            for: Support.block("billing-example", "duration: 45s\ninstance: m5.large\n"), context: content.context())
        #expect(Support.rows(html)[0] == ["45s", "45", "m5.large", "$0.0960", "$0.0000267", "$0.0012000"])
        #expect(Support.notes(html)[0] == "45 s billed.")
    }

    @Test func billingExampleErrors() throws {
        let content = ReferenceTableContent()
        func failure(_ body: String) -> String? {
            Support.failure { () throws(BuildFailure) in
                try BillingExampleGenerator().html(for: Support.block("billing-example", body), context: content.context())
            }
        }
        #expect(failure("duration: 5 minutes\ninstance: t3.micro\n") == "content/note.md:11:11: error: billing-example: duration `5 minutes` is not a run time: write hours, minutes and seconds such as 5m 38s, 1h 2m or 338s")
        #expect(failure("duration: 0s\ninstance: t3.micro\n") == "content/note.md:11:11: error: billing-example: duration must be longer than 0 s")
        #expect(failure("duration: 5m\n") == "content/note.md:10:1: error: billing-example: missing parameter `instance`")
        #expect(failure("duration: 5m\ninstance: t3.mirco\n") == "content/note.md:12:11: error: billing-example: unknown instance type `t3.mirco` (known in \(content.path)/data/ec2-pricing.yml: t3.micro, t3.small, t3.medium, m5.large, c5.large, r5.large)")
    }
}
