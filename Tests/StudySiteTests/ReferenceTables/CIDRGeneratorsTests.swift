import Testing

@testable import StudySite

@Suite struct CIDRGeneratorsTests {
    typealias Support = ReferenceTableTestSupport
    let context = GeneratorContext(contentDirectory: "content", dataFiles: [:], log: DiagnosticLog(), today: CalendarDay(parsing: "2026-11-25")!)

    private func generate(_ generator: some BlockGenerator, _ name: String, _ body: String) throws -> String {
        try generator.html(for: Support.block(name, body), context: context)
    }

    private func failure(_ generator: some BlockGenerator, _ name: String, _ body: String) -> String? {
        Support.failure { () throws(BuildFailure) in try generator.html(for: Support.block(name, body), context: context) }
    }

    // MARK: cidr-table

    @Test func cidrTableDefaultsToTheAWSRangeWithFiveReserved() throws {
        let rows = Support.joinedRows(try generate(CIDRTableGenerator(), "cidr-table", ""))
        #expect(rows.map(\.first) == (16...28).map { "/\($0)" })
        #expect(rows.first == ["/16", "255.255.0.0", "0.0.255.255", "16", "65,536", "65,531", "65,534", "1"])
        #expect(rows[8] == ["/24", "255.255.255.0", "0.0.0.255", "8", "256", "251", "254", "256"])
        #expect(rows.last == ["/28", "255.255.255.240", "0.0.0.15", "4", "16", "11", "14", "4,096"])
    }

    @Test func cidrTableHasHeadingsCaptionAndNumericCells() throws {
        let html = try generate(CIDRTableGenerator(), "cidr-table", "from: 24\nto: 24\n")
        // Two tables that fit beside the sidebar at 1280 px, each a card per row on a phone.
        #expect(Support.headings(html) == [["Prefix", "Subnet mask", "Wildcard mask", "Host bits"], ["Prefix", "Total addresses", "Usable in AWS", "Usable (classic)", "Blocks per /16"]])
        #expect(html.hasPrefix("<div class=\"generated cidr-table\">\n<div class=\"table-scroll\" tabindex=\"0\">\n<table class=\"cards\">\n<caption>CIDR prefix /24: masks</caption>"))
        #expect(html.contains("<caption>CIDR prefix /24: sizes</caption>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Total addresses</th>"))
        #expect(html.contains("<th scope=\"col\">Subnet mask</th>"))
        #expect(html.contains("<th scope=\"row\" class=\"num\" data-label=\"Prefix\">/24</th>"))
        #expect(html.contains("<td class=\"addr\" data-label=\"Subnet mask\">255.255.255.0</td>"))
        #expect(html.contains("<td class=\"num\" data-label=\"Usable in AWS\">251</td>"))
        #expect(html.hasSuffix("</div>"))
    }

    @Test func cidrTableOfEveryPrefixMarksSlash31AndSlash32AndTheAWSRange() throws {
        let html = try generate(CIDRTableGenerator(), "cidr-table", "from: 0\nto: 32\n")
        let rows = Support.joinedRows(html)
        #expect(rows.count == 33)
        #expect(rows[0] == ["/0", "0.0.0.0", "255.255.255.255", "32", "4,294,967,296", "—", "4,294,967,294", "—"])
        #expect(rows[15][5] == "—")
        #expect(rows[29][5] == "—")
        #expect(rows[30] == ["/30", "255.255.255.252", "0.0.0.3", "2", "4", "—", "2", "16,384"])
        #expect(rows[31] == ["/31", "255.255.255.254", "0.0.0.1", "1", "2", "—", "2*", "32,768"])
        #expect(rows[32] == ["/32", "255.255.255.255", "0.0.0.0", "0", "1", "—", "1*", "65,536"])
        #expect(Support.notes(html).contains { $0.contains("RFC 3021") })
    }

    @Test func cidrTableNeverShowsNegativeUsableAddresses() throws {
        let rows = Support.joinedRows(try generate(CIDRTableGenerator(), "cidr-table", "from: 28\nto: 28\nreserved: 20\n"))
        #expect(rows == [["/28", "255.255.255.240", "0.0.0.15", "4", "16", "0", "14", "4,096"]])
    }

    @Test func cidrTableErrorsPointAtTheParameterLine() {
        #expect(failure(CIDRTableGenerator(), "cidr-table", "from: 16\nto: 33\n") == "content/note.md:12:5: error: cidr-table: to: prefix 33 is outside 0–32")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "from: -1\n") == "content/note.md:11:7: error: cidr-table: from: prefix -1 is outside 0–32")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "from: 28\nto: 16\n") == "content/note.md:11:7: error: cidr-table: from /28 is after to /16: write the shorter prefix in `from`")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "form: 16\n") == "content/note.md:11:7: error: cidr-table: unknown parameter `form` (known: from, inline, reserved, to)")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "from: sixteen\n") == "content/note.md:11:7: error: cidr-table: from must be a whole number, found \"sixteen\"")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "reserved: -5\n") == "content/note.md:11:11: error: cidr-table: reserved must be 0 or more, found -5")
        #expect(failure(CIDRTableGenerator(), "cidr-table", "16\n") == "content/note.md:11:1: error: cidr-table: the parameters must be a mapping of `key: value` lines, found \"16\"")
    }

    @Test func cidrTableReportsEveryUnknownParameterAtOnce() {
        let message = failure(CIDRTableGenerator(), "cidr-table", "form: 16\nto: 20\nt0: 28\n")
        #expect(message == """
            content/note.md:11:7: error: cidr-table: unknown parameter `form` (known: from, inline, reserved, to)
            content/note.md:13:5: error: cidr-table: unknown parameter `t0` (known: from, inline, reserved, to)
            """)
    }

    @Test func invalidYAMLPointsAtItsLineInTheNote() throws {
        let message = try #require(failure(CIDRTableGenerator(), "cidr-table", "from: 16\nto: [28\n"))
        #expect(message.hasPrefix("content/note.md:1"))
        #expect(message.contains("error: cidr-table: invalid YAML"))
    }

    // MARK: subnets

    @Test func subnetsSplitsTheSlash22VPCIntoFourSlash24With251UsableEach() throws {
        let html = try generate(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/22\nprefix: 24\n")
        #expect(Support.rows(html) == [
            ["10.0.0.0/24", "10.0.0.0", "10.0.0.255", "256", "251"],
            ["10.0.1.0/24", "10.0.1.0", "10.0.1.255", "256", "251"],
            ["10.0.2.0/24", "10.0.2.0", "10.0.2.255", "256", "251"],
            ["10.0.3.0/24", "10.0.3.0", "10.0.3.255", "256", "251"],
        ])
        #expect(html.contains("<caption>10.0.0.0/22 split into 4 /24 subnets</caption>"))
        #expect(Support.notes(html) == [
            "4 subnets × 256 addresses = 1,024, every address of 10.0.0.0/22.",
            "AWS reserves 5 addresses in each subnet, leaving 251 usable per subnet, 1,004 in all.",
        ])
    }

    @Test func subnetsOutsideTheAWSRangeShowADash() throws {
        let rows = Support.rows(try generate(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/29\nprefix: 30\n"))
        #expect(rows == [["10.0.0.0/30", "10.0.0.0", "10.0.0.3", "4", "—"], ["10.0.0.4/30", "10.0.0.4", "10.0.0.7", "4", "—"]])
    }

    @Test func subnetsErrorsSayWhatToWrite() {
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/22\nprefix: 20\n") == "content/note.md:12:9: error: subnets: subnet prefix /20 is shorter than the VPC's /22: a subnet cannot be larger than its VPC")
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.1.0/22\nprefix: 24\n") == "content/note.md:11:6: error: subnets: vpc: 10.0.1.0/22 has host bits set: the /22 block containing 10.0.1.0 starts at 10.0.0.0, so write 10.0.0.0/22")
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.0/22\nprefix: 24\n") == "content/note.md:11:6: error: subnets: vpc: `10.0.0` is not an IPv4 address: write four numbers 0–255 separated by dots, such as 10.0.0.0")
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/22\nprefix: 33\n") == "content/note.md:12:9: error: subnets: prefix: prefix 33 is outside 0–32")
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/33\nprefix: 33\n") == "content/note.md:11:6: error: subnets: vpc: prefix 33 is outside 0–32")
        #expect(failure(SubnetsGenerator(), "subnets", "prefix: 24\n") == "content/note.md:10:1: error: subnets: missing parameter `vpc` (a CIDR block such as 10.0.0.0/16)")
        #expect(failure(SubnetsGenerator(), "subnets", "vpc: 10.0.0.0/8\nprefix: 24\n") == "content/note.md:12:9: error: subnets: splitting 10.0.0.0/8 into /24 gives 65,536 subnets; a table shows at most 1,024")
    }

    // MARK: cidr-example

    @Test func cidrExampleWorksOutTheIntroductoryRange() throws {
        let html = try generate(CIDRExampleGenerator(), "cidr-example", "cidr: 192.168.1.0/24\n")
        #expect(Support.rows(html) == [["192.168.1.0/24", "255.255.255.0", "192.168.1.0", "192.168.1.255", "256", "251"]])
        #expect(Support.notes(html) == ["/24: 24 fixed bits and 8 host bits, so 28 = 256 addresses, from 192.168.1.0 to 192.168.1.255."])
        #expect(html.contains("so 2<sup>8</sup> = 256 addresses"))
    }

    @Test func cidrExampleSaysWhetherTheBlockIsInsideTheVPC() throws {
        let inside = try generate(CIDRExampleGenerator(), "cidr-example", "cidr: 10.0.0.0/24\nwithin: 10.0.0.0/16\n")
        #expect(Support.headings(inside)[0].last == "Inside 10.0.0.0/16")
        #expect(Support.rows(inside)[0].last == "Yes")
        #expect(Support.notes(inside).last == "10.0.0.0/24 is inside 10.0.0.0/16 (10.0.0.0 to 10.0.255.255), which holds 256 blocks of this size.")
        let outside = try generate(CIDRExampleGenerator(), "cidr-example", "cidr: 10.1.0.0/24\nwithin: 10.0.0.0/16\n")
        #expect(Support.rows(outside)[0].last == "No")
        #expect(Support.notes(outside).last == "10.1.0.0/24 is not inside 10.0.0.0/16 (10.0.0.0 to 10.0.255.255).")
    }

    @Test func cidrExampleListsTheFiveReservedAddressesWithTheirRoles() throws {
        let html = try generate(CIDRExampleGenerator(), "cidr-example", "cidr: 10.0.0.0/24\nreserved: true\n")
        let rows = Support.rows(html)
        #expect(rows.count == 6)
        #expect(rows[1...].map { Array($0.prefix(2)) } == [
            ["10.0.0.0", "First"], ["10.0.0.1", "+1"], ["10.0.0.2", "+2"], ["10.0.0.3", "+3"], ["10.0.0.255", "Last"],
        ])
        #expect(rows[1][2] == "Network address")
        #expect(rows[2][2].contains("VPC router"))
        #expect(rows[3][2].contains("DNS"))
        #expect(rows[4][2].contains("future use"))
        #expect(rows[5][2].contains("broadcast"))
        #expect(Support.notes(html).last == "Usable: 10.0.0.4 to 10.0.0.254, 251 addresses.")
    }

    @Test func cidrExampleErrors() {
        #expect(failure(CIDRExampleGenerator(), "cidr-example", "cidr: 10.0.0.0/30\nreserved: true\n") == "content/note.md:12:11: error: cidr-example: reserved: true needs an AWS subnet size, /16 to /28; 10.0.0.0/30 is a /30")
        #expect(failure(CIDRExampleGenerator(), "cidr-example", "cidr: 192.168.1.7/24\n") == "content/note.md:11:7: error: cidr-example: cidr: 192.168.1.7/24 has host bits set: the /24 block containing 192.168.1.7 starts at 192.168.1.0, so write 192.168.1.0/24")
        #expect(failure(CIDRExampleGenerator(), "cidr-example", "cidr: 10.0.0.0/24\nwithin: 10.0.0.0\n") == "content/note.md:12:9: error: cidr-example: within: `10.0.0.0` has no prefix: write it as a CIDR block, such as 10.0.0.0/24")
        #expect(failure(CIDRExampleGenerator(), "cidr-example", "cidr: 10.0.0.0/24\nreserved: maybe\n") == "content/note.md:12:11: error: cidr-example: reserved must be true or false, found \"maybe\"")
        #expect(failure(CIDRExampleGenerator(), "cidr-example", "") == "content/note.md:10:1: error: cidr-example: missing parameter `cidr` (a CIDR block such as 10.0.0.0/24)")
    }
}
