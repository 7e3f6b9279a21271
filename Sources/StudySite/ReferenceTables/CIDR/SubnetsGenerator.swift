/// ` ```subnets `: a VPC block split into equal subnets, one row each.
/// Parameters: `vpc` (a CIDR block, required), `prefix` (the subnet prefix, required), `reserved` (5).
struct SubnetsGenerator: BlockGenerator {
    static let name = "subnets"
    /// More rows than this is a mistake, not a reference table (a /16 into /24 is 256).
    static let maximumRows: UInt64 = 1024

    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        let parameters = try BlockParameters(block, known: ["vpc", "prefix", "reserved"])
        guard let vpc = try parameters.cidr("vpc") else { throw parameters.error("missing parameter `vpc` (a CIDR block such as 10.0.0.0/16)") }
        guard let prefix = try parameters.prefix("prefix") else { throw parameters.error("missing parameter `prefix` (the subnet prefix, such as 24)") }
        let reserved = try parameters.int("reserved") ?? 5
        guard prefix >= vpc.prefix else {
            throw parameters.error("subnet prefix /\(prefix) is shorter than the VPC's /\(vpc.prefix): a subnet cannot be larger than its VPC", at: "prefix")
        }
        guard reserved >= 0 else {
            throw parameters.error("reserved must be 0 or more, found \(reserved)", at: "reserved")
        }
        let count = vpc.subnetCount(prefix: prefix)
        guard count <= Self.maximumRows else {
            throw parameters.error("splitting \(vpc) into /\(prefix) gives \(NumberText.grouped(count)) subnets; a table shows at most \(NumberText.grouped(Self.maximumRows))", at: "prefix")
        }
        let subnets: [CIDRBlock]
        do {
            subnets = try vpc.split(into: prefix)
        } catch {
            throw parameters.error(error.message, at: "prefix")
        }
        return Self.html(vpc: vpc, subnets: subnets, prefix: prefix, reserved: reserved, idPrefix: SVGFigure.idPrefix(for: block.location))
    }

    static func html(vpc: CIDRBlock, subnets: [CIDRBlock], prefix: Int, reserved: Int, idPrefix: String) -> String {
        var table = HTMLTable(caption: "\(vpc) split into \(subnets.count) /\(prefix) subnet\(subnets.count == 1 ? "" : "s")", columns: [
            .init("Subnet", .address), .init("First address", .address), .init("Last address", .address),
            .init("Total addresses", .number), .init("Usable in AWS", .number),
        ])
        let usable = CIDRTableGenerator.usableInAWS(prefix: prefix, reserved: reserved)
        for subnet in subnets {
            table.addRow("\(subnet)", "\(subnet.first)", "\(subnet.last)", NumberText.grouped(subnet.count), usable.map(NumberText.grouped) ?? "—")
        }
        let size = CIDRBlock.addressCount(prefix: prefix)
        var notes = ["\(subnets.count) subnet\(subnets.count == 1 ? "" : "s") × \(NumberText.grouped(size)) addresses = \(NumberText.grouped(vpc.count)), every address of \(vpc)."]
        if let usable {
            notes.append("AWS reserves \(reserved) addresses in each subnet, leaving \(NumberText.grouped(usable)) usable per subnet, \(NumberText.grouped(usable * UInt64(subnets.count))) in all.")
        } else {
            notes.append("Usable in AWS: — because AWS subnets are /16 to /28.")
        }
        let bar = SubnetBar(vpc: vpc, subnets: subnets, reserved: CIDRTableGenerator.usableInAWS(prefix: prefix, reserved: reserved) == nil ? 0 : reserved)
        let figure = SVGFigure.html(svg: bar.svg(idPrefix: idPrefix), caption: nil, kind: "subnet-bar")
        return GeneratedHTML.block(name, [figure, table.html] + notes.map { GeneratedHTML.note(HTMLEscape.text($0)) })
    }
}
