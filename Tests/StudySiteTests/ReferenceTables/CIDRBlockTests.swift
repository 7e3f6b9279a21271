import PropertyBased
import Testing

@testable import StudySite

@Suite struct CIDRBlockTests {
    private func block(_ text: String) throws -> CIDRBlock { try CIDRBlock(parsing: text) }

    // The figures the notes state.
    @Test func sixteenHasSixtyFiveThousandFiveHundredThirtySixAddresses() throws {
        #expect(try block("10.0.0.0/16").count == 65_536)
    }

    @Test func twentyFourHas256AddressesFrom0To255() throws {
        let cidr = try block("192.168.1.0/24")
        #expect(cidr.count == 256)
        #expect(cidr.first.description == "192.168.1.0")
        #expect(cidr.last.description == "192.168.1.255")
    }

    @Test func twentyEightHasSixteenAddresses() throws {
        #expect(try block("10.0.0.0/28").count == 16)
    }

    @Test func twentyTwoHas1024AddressesAndSplitsIntoFourTwentyFours() throws {
        let vpc = try block("10.0.0.0/22")
        #expect(vpc.count == 1_024)
        let subnets = try vpc.split(into: 24)
        #expect(subnets.map(\.description) == ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"])
        #expect(subnets.allSatisfy { $0.count == 256 })
    }

    @Test func masksAndWildcardsAreDottedDecimal() throws {
        let cases: [(String, String, String)] = [
            ("0.0.0.0/0", "0.0.0.0", "255.255.255.255"),
            ("10.0.0.0/8", "255.0.0.0", "0.255.255.255"),
            ("10.0.0.0/16", "255.255.0.0", "0.0.255.255"),
            ("10.0.0.0/22", "255.255.252.0", "0.0.3.255"),
            ("10.0.0.0/24", "255.255.255.0", "0.0.0.255"),
            ("10.0.0.0/28", "255.255.255.240", "0.0.0.15"),
            ("10.0.0.1/32", "255.255.255.255", "0.0.0.0"),
        ]
        for (text, mask, wildcard) in cases {
            let cidr = try block(text)
            #expect(cidr.mask.description == mask, "\(text)")
            #expect(cidr.wildcard.description == wildcard, "\(text)")
        }
    }

    @Test func zeroPrefixCoversEveryAddress() throws {
        let all = try block("0.0.0.0/0")
        #expect(all.count == 4_294_967_296)
        #expect(all.last.description == "255.255.255.255")
        #expect(all.contains(IPv4Address(UInt32.max)))
    }

    @Test func containsBlocksInsideIt() throws {
        let vpc = try block("10.0.0.0/16")
        #expect(vpc.contains(try block("10.0.0.0/24")))
        #expect(vpc.contains(try block("10.0.255.0/24")))
        #expect(!vpc.contains(try block("10.1.0.0/24")))
        #expect(!vpc.contains(try block("10.0.0.0/8")))
        #expect(vpc.contains(vpc))
    }

    @Test func hostBitsSetIsAnErrorThatNamesTheIntendedBlock() {
        #expect(throws: CIDRError.hostBitsSet(address: IPv4Address(0x0A00_0100), prefix: 22, network: IPv4Address(0x0A00_0000))) {
            try CIDRBlock(parsing: "10.0.1.0/22")
        }
        let message = CIDRError.hostBitsSet(address: IPv4Address(0x0A00_0100), prefix: 22, network: IPv4Address(0x0A00_0000)).message
        #expect(message == "10.0.1.0/22 has host bits set: the /22 block containing 10.0.1.0 starts at 10.0.0.0, so write 10.0.0.0/22")
    }

    @Test func prefixOutsideZeroToThirtyTwoIsAnError() {
        #expect(throws: CIDRError.prefixOutOfRange(33)) { try CIDRBlock(parsing: "10.0.0.0/33") }
        #expect(CIDRError.prefixOutOfRange(33).message == "prefix 33 is outside 0–32")
    }

    @Test func malformedBlocksSayWhatIsWrong() {
        #expect(throws: CIDRError.missingPrefix("10.0.0.0")) { try CIDRBlock(parsing: "10.0.0.0") }
        #expect(throws: CIDRError.malformedPrefix("10.0.0.0/")) { try CIDRBlock(parsing: "10.0.0.0/") }
        #expect(throws: CIDRError.malformedPrefix("10.0.0.0/-1")) { try CIDRBlock(parsing: "10.0.0.0/-1") }
        #expect(throws: CIDRError.malformedPrefix("10.0.0.0/2x")) { try CIDRBlock(parsing: "10.0.0.0/2x") }
        #expect(throws: CIDRError.malformedBlock("10.0.0.0/16/24")) { try CIDRBlock(parsing: "10.0.0.0/16/24") }
        #expect(throws: CIDRError.malformedAddress("10.0.0")) { try CIDRBlock(parsing: "10.0.0/16") }
        #expect(throws: CIDRError.malformedBlock("vpc")) { try CIDRBlock(parsing: "vpc") }
    }

    @Test func splittingIntoALongerPrefixOnly() throws {
        #expect(throws: CIDRError.subnetPrefixShorter(subnet: 20, block: 22)) { try CIDRBlock(parsing: "10.0.0.0/22").split(into: 20) }
        #expect(try block("10.0.0.0/22").split(into: 22) == [try block("10.0.0.0/22")])
    }

    // MARK: Properties

    /// A random valid block: a random address with its host bits cleared.
    private static let blocks = zip(Gen.uint32(), Gen.int(in: 0...32)).map { value, prefix in
        try! CIDRBlock(network: IPv4Address(value & CIDRBlock.maskValue(prefix: prefix)), prefix: prefix)
    }

    @Test func splittingYieldsDisjointSubnetsThatExactlyCoverTheBlock() async {
        await propertyCheck(input: Self.blocks, Gen.int(in: 0...10)) { block, extra in
            let prefix = min(32, block.prefix + extra)
            let subnets = try block.split(into: prefix)
            #expect(UInt64(subnets.count) == block.subnetCount(prefix: prefix))
            #expect(subnets.first?.first == block.first)
            #expect(subnets.last?.last == block.last)
            for (index, subnet) in subnets.enumerated() {
                #expect(subnet.prefix == prefix)
                #expect(block.contains(subnet))
                // Consecutive and touching: no gap, no overlap.
                if index > 0 { #expect(subnets[index - 1].last.value + 1 == subnet.first.value) }
            }
            #expect(subnets.reduce(0) { $0 + $1.count } == block.count)
        }
    }

    @Test func containsAgreesWithFirstAndLast() async {
        await propertyCheck(input: Self.blocks, Gen.uint32()) { block, value in
            let address = IPv4Address(value)
            #expect(block.contains(address) == (block.first <= address && address <= block.last))
        }
    }

    @Test func sizeMaskAndWildcardAgree() async {
        await propertyCheck(input: Self.blocks) { block in
            #expect(block.mask.value | block.wildcard.value == UInt32.max)
            #expect(block.mask.value & block.wildcard.value == 0)
            #expect(UInt64(block.last.value - block.first.value) + 1 == block.count)
            #expect(block.count == UInt64(1) << UInt64(block.hostBits))
        }
    }

    @Test func anyAddressWithHostBitsSetIsRejectedWithItsNetwork() async {
        await propertyCheck(input: Gen.uint32(), Gen.int(in: 0...32)) { value, prefix in
            let network = value & CIDRBlock.maskValue(prefix: prefix)
            let text = "\(IPv4Address(value))/\(prefix)"
            if network == value {
                #expect((try? CIDRBlock(parsing: text))?.network.value == value)
            } else {
                #expect(throws: CIDRError.hostBitsSet(address: IPv4Address(value), prefix: prefix, network: IPv4Address(network))) {
                    try CIDRBlock(parsing: text)
                }
            }
        }
    }
}
