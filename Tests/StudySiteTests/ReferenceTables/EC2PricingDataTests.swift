import Foundation
import Testing

@testable import StudySite

@Suite struct EC2PricingDataTests {
    typealias Support = ReferenceTableTestSupport

    private func parse(_ text: String) throws(BuildFailure) -> EC2PricingData {
        try EC2PricingFile.parse(text, path: "content/data/ec2-pricing.yml")
    }

    private func errors(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    private func replacing(_ old: String, with new: String) -> String {
        precondition(Support.pricingData.contains(old))
        return Support.pricingData.replacingOccurrences(of: old, with: new)
    }

    @Test func readsTheDataFileExactly() throws {
        let data = try parse(Support.pricingData)
        #expect(data.region == "us-east-1")
        #expect(data.operatingSystem == "Linux")
        #expect(data.currency == "USD")
        #expect(data.retrieved.description == "2026-11-25")
        #expect(data.retrievedLocation.line == 5)
        #expect(data.source == "https://aws.amazon.com/ec2/pricing/on-demand/")
        #expect(data.hoursPerMonth == 730)
        #expect(data.instances.map(\.type) == ["t3.micro", "t3.small", "t3.medium", "m5.large", "c5.large", "r5.large"])
        #expect(data.instance("t3.micro") == EC2PricingData.Instance(type: "t3.micro", vcpu: 2, memoryGiB: 1, hourly: Decimal(104) / 10_000))
        #expect(data.discounts.reserved1Year == 40)
        #expect(data.discounts.spot == 70)
        #expect(data.models.map(\.name) == ["On-Demand", "Spot"])
    }

    @Test func theRealDataFileHasTheIssuesPrices() throws {
        let path = Repository.content + "/" + EC2PricingFile.relativePath
        let data = try EC2PricingFile.parse(String(contentsOfFile: path, encoding: .utf8), path: path)
        let prices = data.instances.map { "\($0.type) \($0.vcpu) \($0.memoryGiB) \($0.hourly)" }
        #expect(prices == ["t3.micro 2 1 0.0104", "t3.small 2 2 0.0208", "t3.medium 2 4 0.0416", "m5.large 2 8 0.096", "c5.large 2 4 0.085", "r5.large 2 16 0.126"])
        #expect(data.models.map(\.name) == ["On-Demand", "Reserved, 1-year", "Reserved, 3-year", "Spot"])
        #expect((data.discounts.reserved1Year, data.discounts.reserved3Year, data.discounts.spot) == (40, 60, 70))
    }

    @Test func hoursPerMonthDefaultsTo730() throws {
        #expect(try parse(replacing("hours_per_month: 730\n", with: "")).hoursPerMonth == 730)
    }

    @Test func unquotedPricesStayExactDecimals() throws {
        let data = try parse(replacing("hourly: \"0.0104\"", with: "hourly: 0.0104"))
        #expect(data.instance("t3.micro")?.hourly == Money.parse("0.0104"))
    }

    @Test func malformedValuesPointAtTheirLine() {
        #expect(errors(replacing("hourly: \"0.0104\"", with: "hourly: \"cheap\"")) == [
            "content/data/ec2-pricing.yml:9:56: error: hourly must be a decimal number more than 0, such as 0.0104, found \"cheap\""
        ])
        #expect(errors(replacing("retrieved: 2026-11-25", with: "retrieved: 2026-13-01")) == [
            "content/data/ec2-pricing.yml:5:12: error: retrieved must be a date written YYYY-MM-DD, found \"2026-13-01\""
        ])
        #expect(errors(replacing("spot: 70", with: "spot: 170")) == [
            "content/data/ec2-pricing.yml:19:9: error: spot must be a percentage 0–100, found \"170\""
        ])
        #expect(errors(replacing("source: https://", with: "source: ftp://")) == [
            "content/data/ec2-pricing.yml:6:9: error: source must be an http(s) URL, found \"ftp://aws.amazon.com/ec2/pricing/on-demand/\""
        ])
        #expect(errors(replacing("currency: USD", with: "currency: dollars")) == [
            "content/data/ec2-pricing.yml:4:11: error: currency must be a three-letter currency code such as USD, found \"dollars\""
        ])
    }

    @Test func aPriceWithMoreDigitsThanDecimalKeepsIsAnErrorAtItsLine() {
        let long = String(repeating: "9", count: 58) + ".99"
        #expect(errors(replacing("hourly: \"0.0104\"", with: "hourly: \"\(long)\"")) == [
            "content/data/ec2-pricing.yml:9:56: error: hourly has more digits than can be kept exactly (at most 38 significant digits), found \"\(long)\""
        ])
        // 38 significant digits are kept exactly, leading and trailing zeros aside.
        let exact = "0.000" + String(repeating: "1", count: 38) + "000"
        #expect(errors(replacing("hourly: \"0.0104\"", with: "hourly: \"\(exact)\"")) == [])
        #expect(errors(replacing("spot: 70", with: "spot: 70.\(String(repeating: "1", count: 40))")).first?.contains("spot has more digits") == true)
    }

    @Test func missingAndUnknownKeysAreAllReported() {
        let text = replacing("region: us-east-1\n", with: "regoin: us-east-1\n")
            .replacingOccurrences(of: "vcpu: 2, memory_gib: 16,", with: "memory_gib: 16,")
        let log = DiagnosticLog()
        #expect(throws: BuildFailure.self) { try EC2PricingFile.parse(text, path: "content/data/ec2-pricing.yml", log: log) }
        #expect(log.warnings.map(\.description) == [
            "content/data/ec2-pricing.yml:2:9: warning: unknown key `regoin` in the EC2 pricing data; did you mean `region`? (known: currency, discounts, hours_per_month, instances, label, minimum_billed_seconds, models, operating_system, region, retrieved, source)"
        ])
        #expect(errors(text) == [
            "content/data/ec2-pricing.yml:1:1: error: the EC2 pricing data: missing `region`",
            "content/data/ec2-pricing.yml:14:5: error: each instance: missing `vcpu`",
        ])
        #expect(errors(replacing("region: us-east-1\n", with: "")).first == "content/data/ec2-pricing.yml:1:1: error: the EC2 pricing data: missing `region`")
        #expect(errors(replacing("vcpu: 2, memory_gib: 16,", with: "memory_gib: 16,")) == [
            "content/data/ec2-pricing.yml:14:5: error: each instance: missing `vcpu`"
        ])
    }

    @Test func aDuplicateInstanceTypeIsAnError() {
        #expect(errors(replacing("type: t3.small,", with: "type: t3.micro,")) == [
            "content/data/ec2-pricing.yml:10:5: error: instance type `t3.micro` is listed twice"
        ])
    }

    @Test func invalidYAMLPointsAtItsLine() {
        let problems = errors(replacing("  - {type: t3.small,", with: "  - {type: [t3.small,"))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/data/ec2-pricing.yml:1") == true)
        #expect(problems.first?.contains("error: invalid YAML") == true)
    }

    // MARK: Age of the prices

    @Test func calendarDaysCountAcrossLeapYears() throws {
        let retrieved = try #require(CalendarDay(parsing: "2026-11-25"))
        #expect(retrieved.days(until: try #require(CalendarDay(parsing: "2027-11-25"))) == 365)
        #expect(try #require(CalendarDay(parsing: "2027-11-25")).days(until: try #require(CalendarDay(parsing: "2028-11-25"))) == 366)
        #expect(CalendarDay(Date(timeIntervalSince1970: 0)).description == "1970-01-01")
        #expect(CalendarDay(Date(timeIntervalSince1970: 1_795_600_000)).description == "2026-11-25")
        #expect(CalendarDay(parsing: "2028-02-29") != nil)
        #expect(CalendarDay(parsing: "2027-02-29") == nil)
        #expect(CalendarDay(parsing: "2026-1-05") == nil)
    }

    @Test func warnsOnlyWhenPricesAreOlderThan365Days() throws {
        let data = try parse(Support.pricingData)
        #expect(data.ageWarning(today: CalendarDay(parsing: "2027-11-25")!) == nil)
        #expect(data.ageWarning(today: CalendarDay(parsing: "2027-11-26")!)?.description
            == "content/data/ec2-pricing.yml:5:12: warning: the EC2 prices were retrieved on 2026-11-25, 366 days ago (more than 365): check https://aws.amazon.com/ec2/pricing/on-demand/ and update the prices and `retrieved:`")
        #expect(data.ageWarning(today: CalendarDay(parsing: "2026-11-24")!) == nil)
        #expect(data.ageWarning(today: CalendarDay(parsing: "2026-11-23")!)?.message == "`retrieved: 2026-11-25` is in the future (today is 2026-11-23, UTC)")
    }

    // MARK: Loading once per build

    @Test func theDataFileIsParsedOnceAndItsAgeWarnedOnce() throws {
        var site = Self.site(blocks: [
            Support.block("ec2-pricing", ""), Support.block("ec2-pricing-models", "", line: 30),
            Support.block("billing-example", "duration: 5m\ninstance: t3.small\n", line: 40),
        ])
        let log = DiagnosticLog()
        ReferenceBlocks.generate(&site, dataFiles: ReferenceTableContent().dataFiles, log: log, today: CalendarDay(parsing: "2028-01-01")!)
        #expect(site.generatedBlocks.count == 3)
        #expect(log.warnings.count == 1)
        #expect(log.errors.isEmpty)
    }

    /// A site without pricing blocks never needs the file, so its absence is no problem.
    @Test func aSiteWithoutPricingBlocksDoesNotNeedTheDataFile() throws {
        var site = Self.site(blocks: [Support.block("cidr-table", "")])
        let log = DiagnosticLog()
        ReferenceBlocks.generate(&site, dataFiles: [:], log: log)
        #expect(site.generatedBlocks.count == 1)
        #expect(log.all.isEmpty)
    }

    static func site(blocks: [GeneratorBlock]) -> Site {
        var page = Page(sourcePath: "content/note.md", slug: "note", title: "Note")
        page.blocks = blocks
        return Site(contentDirectory: "content", config: SiteConfig(title: "T"), sections: [], pages: [page])
    }

    @Test func aMissingDataFileIsReportedOnceAndEachBlockFails() throws {
        let content = ReferenceTableContent(pricingData: nil)
        let log = DiagnosticLog()
        let context = content.context(log: log)
        let first = Support.failure { () throws(BuildFailure) in try EC2PricingGenerator().html(for: Support.block("ec2-pricing", ""), context: context) }
        let second = Support.failure { () throws(BuildFailure) in
            try EC2PricingModelsGenerator().html(for: Support.block("ec2-pricing-models", "", line: 20), context: context)
        }
        let path = content.path + "/data/ec2-pricing.yml"
        #expect(first == "content/note.md:10:1: error: ec2-pricing: needs \(path), which could not be loaded (see its errors)")
        #expect(second == "content/note.md:20:1: error: ec2-pricing-models: needs \(path), which could not be loaded (see its errors)")
        #expect(log.errors.map(\.description) == ["\(path): error: data file not found: the ec2-pricing, ec2-pricing-models and billing-example blocks read it"])
    }

    @Test func aMalformedDataFileFailsTheBuildWithItsLine() throws {
        let content = ReferenceTableContent(pricingData: replacing("vcpu: 2, memory_gib: 8,", with: "vcpu: two, memory_gib: 8,"))
        let log = DiagnosticLog()
        _ = Support.failure { () throws(BuildFailure) in try EC2PricingGenerator().html(for: Support.block("ec2-pricing", ""), context: content.context(log: log)) }
        #expect(log.errors.map(\.description) == ["\(content.path)/data/ec2-pricing.yml:12:29: error: vcpu must be a whole number, found \"two\""])
    }
}
