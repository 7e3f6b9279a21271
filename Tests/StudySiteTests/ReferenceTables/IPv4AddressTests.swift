import PropertyBased
import Testing

@testable import StudySite

@Suite struct IPv4AddressTests {
    @Test func parsesDottedDecimal() throws {
        #expect(try IPv4Address(parsing: "192.168.1.30").value == 0xC0A8_011E)
        #expect(try IPv4Address(parsing: "0.0.0.0").value == 0)
        #expect(try IPv4Address(parsing: "255.255.255.255").value == UInt32.max)
    }

    @Test func writesDottedDecimal() {
        #expect(IPv4Address(0x0A00_00FF).description == "10.0.0.255")
        #expect(IPv4Address(UInt32.max).description == "255.255.255.255")
    }

    @Test(arguments: ["10.0.0", "10.0.0.0.0", "10..0.0", "10.0.0.x", "10.0.0.-1", " 10.0.0.0", "10.0.0.0 ", "", "1000.0.0.0", "10.0.0.+1"])
    func rejectsMalformedAddresses(_ text: String) {
        #expect(throws: CIDRError.malformedAddress(text)) { try IPv4Address(parsing: text) }
    }

    @Test func rejectsAnOctetAbove255() {
        #expect(throws: CIDRError.octetOutOfRange("10.0.0.256", octet: "256")) { try IPv4Address(parsing: "10.0.0.256") }
        #expect(CIDRError.octetOutOfRange("10.0.0.256", octet: "256").message == "`10.0.0.256` is not an IPv4 address: 256 is more than 255")
    }

    @Test func rejectsLeadingZerosBecauseToolsReadThemDifferently() {
        #expect(throws: CIDRError.leadingZero("10.0.0.010")) { try IPv4Address(parsing: "10.0.0.010") }
    }

    @Test func ordersByNumericValueNotText() throws {
        #expect(try IPv4Address(parsing: "10.0.0.9") < IPv4Address(parsing: "10.0.0.10"))
    }

    @Test func printingThenParsingGivesTheSameAddress() async {
        await propertyCheck(input: Gen.uint32()) { value in
            #expect((try? IPv4Address(parsing: IPv4Address(value).description))?.value == value)
        }
    }
}
