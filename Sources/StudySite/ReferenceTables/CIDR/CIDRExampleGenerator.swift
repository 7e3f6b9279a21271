/// ` ```cidr-example `: one CIDR block worked out: mask, range, size, usable addresses;
/// optionally whether it lies `within` a larger block, and the five addresses AWS reserves.
/// Parameters: `cidr` (required), `within` (a CIDR block), `reserved` (true/false, default false),
/// `summary` (true/false, default true: false leaves out the block's own table, for a page that shows it already).
struct CIDRExampleGenerator: BlockGenerator {
    static let name = "cidr-example"
    /// Addresses AWS reserves in every subnet.
    static let awsReservedCount = 5

    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        let parameters = try BlockParameters(block, known: ["cidr", "within", "reserved", "summary"])
        guard let cidr = try parameters.cidr("cidr") else { throw parameters.error("missing parameter `cidr` (a CIDR block such as 10.0.0.0/24)") }
        let within = try parameters.cidr("within")
        let showReserved = try parameters.bool("reserved") ?? false
        if showReserved && !CIDRBlock.awsPrefixRange.contains(cidr.prefix) {
            throw parameters.error("reserved: true needs an AWS subnet size, /16 to /28; \(cidr) is a /\(cidr.prefix)", at: "reserved")
        }
        let showSummary = try parameters.bool("summary") ?? true
        if !showSummary && !showReserved {
            throw parameters.error("summary: false leaves nothing to show without reserved: true", at: "summary")
        }
        return Self.html(cidr: cidr, within: within, showReserved: showReserved, showSummary: showSummary)
    }

    static func html(cidr: CIDRBlock, within: CIDRBlock?, showReserved: Bool, showSummary: Bool = true) -> String {
        var columns: [HTMLTable.Column] = [
            .init("CIDR block", .address), .init("Subnet mask", .address), .init("First address", .address),
            .init("Last address", .address), .init("Total addresses", .number), .init("Usable in AWS", .number),
        ]
        let usable = CIDRTableGenerator.usableInAWS(prefix: cidr.prefix, reserved: awsReservedCount)
        var cells = ["\(cidr)", "\(cidr.mask)", "\(cidr.first)", "\(cidr.last)", NumberText.grouped(cidr.count), usable.map(NumberText.grouped) ?? "—"]
        if let within {
            columns.append(.init("Inside \(within)"))
            cells.append(within.contains(cidr) ? "Yes" : "No")
        }
        var table = HTMLTable(caption: "CIDR block \(cidr)", columns: columns)
        table.addRow(cells.map(HTMLTable.Cell.text))

        let size = "/\(cidr.prefix): \(cidr.prefix) fixed bits and \(cidr.hostBits) host bits, so 2<sup>\(cidr.hostBits)</sup> = "
            + "\(NumberText.grouped(cidr.count)) address\(cidr.count == 1 ? "" : "es"), from \(cidr.first) to \(cidr.last)."
        var notes: [String] = []
        if usable == nil { notes.append("Usable in AWS: — because AWS subnets and VPCs are /16 to /28.") }
        if let within {
            if within.contains(cidr) {
                notes.append("\(cidr) is inside \(within) (\(within.first) to \(within.last)), which holds \(NumberText.grouped(within.subnetCount(prefix: cidr.prefix))) blocks of this size.")
            } else {
                notes.append("\(cidr) is not inside \(within) (\(within.first) to \(within.last)).")
            }
        }
        // `size` holds only digits, addresses and our own <sup>: no escaping needed.
        var parts = !showSummary ? [] : [table.html, GeneratedHTML.note(size)] + notes.map { GeneratedHTML.note(HTMLEscape.text($0)) }
        if showReserved { parts += reservedAddresses(of: cidr) }
        return GeneratedHTML.block(name, parts)
    }

    /// AWS's documented roles of the five reserved addresses, in address order.
    static func reservedRoles(of cidr: CIDRBlock) -> [(address: IPv4Address, position: String, role: String)] {
        [
            (cidr.first, "First", "Network address"),
            (cidr.address(at: 1), "+1", "Reserved by AWS for the VPC router"),
            (cidr.address(at: 2), "+2", "Reserved by AWS for DNS (the Amazon-provided DNS server is at the VPC range’s base + 2)"),
            (cidr.address(at: 3), "+3", "Reserved by AWS for future use"),
            (cidr.last, "Last", "Network broadcast address (AWS does not support broadcast in a VPC, so it reserves it)"),
        ]
    }

    private static func reservedAddresses(of cidr: CIDRBlock) -> [String] {
        var table = HTMLTable(caption: "The \(awsReservedCount) addresses AWS reserves in \(cidr)", columns: [
            .init("Address", .address), .init("Position"), .init("Role"),
        ])
        for entry in reservedRoles(of: cidr) {
            table.addRow("\(entry.address)", entry.position, entry.role)
        }
        let usable = cidr.count - UInt64(awsReservedCount)
        let note = "Usable: \(cidr.address(at: 4)) to \(cidr.address(at: cidr.count - 2)), \(NumberText.grouped(usable)) addresses."
        return [table.html, GeneratedHTML.note(HTMLEscape.text(note))]
    }
}
