/// ` ```cidr-table `: one row per prefix with masks, sizes and usable addresses.
/// Parameters: `from` (16), `to` (28), `reserved` (5, the addresses AWS keeps in each subnet).
struct CIDRTableGenerator: BlockGenerator {
    static let name = "cidr-table"

    func html(for block: GeneratorBlock, context: GeneratorContext) throws(BuildFailure) -> String {
        let parameters = try BlockParameters(block, known: ["from", "to", "reserved"])
        let from = try parameters.prefix("from") ?? 16
        let to = try parameters.prefix("to") ?? 28
        let reserved = try parameters.int("reserved") ?? 5
        guard from <= to else {
            throw parameters.error("from /\(from) is after to /\(to): write the shorter prefix in `from`", at: "from")
        }
        guard reserved >= 0 else {
            throw parameters.error("reserved must be 0 or more, found \(reserved)", at: "reserved")
        }
        return Self.html(prefixes: from...to, reserved: reserved, idPrefix: SVGFigure.idPrefix(for: block.location))
    }

    static func html(prefixes: ClosedRange<Int>, reserved: Int, idPrefix: String) -> String {
        let caption = prefixes.count == 1 ? "CIDR prefix /\(prefixes.lowerBound)" : "CIDR prefixes /\(prefixes.lowerBound) to /\(prefixes.upperBound)"
        // Two tables of one prefix per row, masks then sizes: eight columns side by side do not
        // fit beside the sidebar at 1280 px, and a box that scrolls hides the last ones.
        var masks = HTMLTable(caption: caption + ": masks", columns: [
            .init("Prefix", .number), .init("Subnet mask", .address), .init("Wildcard mask", .address), .init("Host bits", .number),
        ])
        var sizes = HTMLTable(caption: caption + ": sizes", columns: [
            .init("Prefix", .number), .init("Total addresses", .number), .init("Usable in AWS", .number),
            .init("Usable (classic)", .number), .init("Blocks per /16", .number),
        ])
        for prefix in prefixes {
            let mask = IPv4Address(CIDRBlock.maskValue(prefix: prefix))
            let total = CIDRBlock.addressCount(prefix: prefix)
            masks.addRow("/\(prefix)", "\(mask)", "\(IPv4Address(~mask.value))", "\(32 - prefix)")
            sizes.addRow(
                "/\(prefix)", NumberText.grouped(total), usableInAWS(prefix: prefix, reserved: reserved).map(NumberText.grouped) ?? "—",
                classicUsableText(prefix: prefix),
                prefix >= 16 ? NumberText.grouped(UInt64(1) << UInt64(prefix - 16)) : "—")
        }
        var notes = [
            "Usable in AWS: the total minus the \(reserved) address\(reserved == 1 ? "" : "es") AWS reserves in every subnet"
                + (prefixes.allSatisfy(CIDRBlock.awsPrefixRange.contains) ? "." : "; — where the prefix is outside /16 to /28, the sizes AWS allows for a VPC or subnet."),
            "Usable (classic): the total minus the network and broadcast addresses.",
        ]
        if prefixes.contains(31) || prefixes.contains(32) {
            notes.append("* A /31 has no network or broadcast address: both addresses are usable on a point-to-point link (RFC 3021). A /32 is a single host.")
        }
        notes.append("Blocks per /16: how many blocks of the prefix fit in a /16" + (prefixes.lowerBound < 16 ? " (— for blocks larger than a /16)." : "."))
        let notesHTML = notes.map { GeneratedHTML.note(HTMLEscape.text($0)) }
        guard prefixes.count <= PrefixSizeFigure.maximumBars else { return GeneratedHTML.block(name, [masks.html, sizes.html] + notesHTML) }
        // The figure beside the tables where the column is wide enough (style.css `:has(> .prefix-sizes)`).
        let figure = SVGFigure.html(svg: PrefixSizeFigure(prefixes: prefixes).svg(idPrefix: idPrefix), caption: nil, kind: "prefix-sizes")
        return GeneratedHTML.block(name, [masks.html, sizes.html, figure] + notesHTML)
    }

    /// Total minus `reserved`, never below 0; nil outside the /16–/28 AWS allows.
    static func usableInAWS(prefix: Int, reserved: Int) -> UInt64? {
        guard CIDRBlock.awsPrefixRange.contains(prefix) else { return nil }
        let total = CIDRBlock.addressCount(prefix: prefix)
        return total > UInt64(reserved) ? total - UInt64(reserved) : 0
    }

    /// Total minus network and broadcast; a /31 point-to-point link uses both addresses, a /32 is one host.
    static func classicUsable(prefix: Int) -> UInt64 {
        switch prefix {
        case 32: return 1
        case 31: return 2
        default: return CIDRBlock.addressCount(prefix: prefix) - 2
        }
    }

    private static func classicUsableText(prefix: Int) -> String {
        NumberText.grouped(classicUsable(prefix: prefix)) + (prefix >= 31 ? "*" : "")
    }
}
