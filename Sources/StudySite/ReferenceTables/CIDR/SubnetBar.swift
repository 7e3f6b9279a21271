/// The picture of a ` ```subnets ` split: the parent block as a bar, each subnet a segment
/// to scale under it, the addresses AWS reserves marked at both ends of each segment (the
/// first four and the last). Drawn in `currentColor`, so it follows the page in dark mode.
struct SubnetBar {
    struct Segment: Equatable {
        var subnet: CIDRBlock
        var x: Double
        var width: Double
        /// The marks of the first four and the last address; never narrower than `minimumMark`.
        var reservedStart: Double
        var reservedEnd: Double
    }

    static let width = 640.0
    /// Narrower marks would not show; where the true width is smaller the legend says so.
    static let minimumMark = 1.5
    /// A segment narrower than this is not labelled (a /16 into /24 has 256 of 2.5 units).
    static let minimumLabelledWidth = 76.0

    let vpc: CIDRBlock
    let segments: [Segment]
    let reserved: Int
    /// True when a reserved mark had to be drawn wider than to scale.
    let marksEnlarged: Bool

    init(vpc: CIDRBlock, subnets: [CIDRBlock], reserved: Int) {
        self.vpc = vpc
        self.reserved = reserved
        let scale = Self.width / Double(vpc.count)
        var enlarged = false
        segments = subnets.map { subnet in
            let x = Double(subnet.network.value - vpc.network.value) * scale
            let (first, last) = Self.reservedEnds(reserved: reserved, size: subnet.count)
            let start = Double(first) * scale
            let end = Double(last) * scale
            if (start > 0 && start < Self.minimumMark) || (end > 0 && end < Self.minimumMark) { enlarged = true }
            return Segment(
                subnet: subnet, x: x, width: Double(subnet.count) * scale,
                reservedStart: start > 0 ? max(start, Self.minimumMark) : 0, reservedEnd: end > 0 ? max(end, Self.minimumMark) : 0)
        }
        marksEnlarged = enlarged
    }

    /// AWS reserves the first four addresses and the last: of `reserved`, the last address
    /// and the rest from the start, never more than the subnet has.
    static func reservedEnds(reserved: Int, size: UInt64) -> (first: UInt64, last: UInt64) {
        let total = min(UInt64(max(reserved, 0)), size)
        let last: UInt64 = total >= 2 ? 1 : 0
        return (total - last, last)
    }

    func svg(idPrefix: String) -> String {
        let n = SVGFigure.number
        let prefix = segments.first.map { "/\($0.subnet.prefix)" } ?? ""
        let title = "\(vpc) (\(NumberText.grouped(vpc.count)) addresses) split into \(segments.count) \(prefix) subnet\(segments.count == 1 ? "" : "s"), drawn to scale"
        let labelled = (segments.first?.width ?? 0) >= Self.minimumLabelledWidth
        let legendY = labelled ? 118.0 : 92.0
        var parts = [SVGFigure.openSVG(width: Self.width, height: legendY + (reserved > 0 ? 14 : 0) + 6, idPrefix: idPrefix, title: title)]
        parts.append("<g fill=\"currentColor\" font-size=\"13\" font-family=\"system-ui, sans-serif\">")
        parts.append("<text x=\"0\" y=\"13\">\(vpc): \(NumberText.grouped(vpc.count)) addresses</text>")
        parts.append("<rect x=\"0.5\" y=\"20.5\" width=\"\(n(Self.width - 1))\" height=\"18\" fill=\"currentColor\" fill-opacity=\"0.12\" stroke=\"currentColor\"/>")
        for segment in segments {
            parts.append("<rect x=\"\(n(segment.x + 0.5))\" y=\"46.5\" width=\"\(n(max(segment.width - 1, 0.5)))\" height=\"34\" fill=\"none\" stroke=\"currentColor\"/>")
            if segment.reservedStart > 0 {
                parts.append("<rect x=\"\(n(segment.x + 0.5))\" y=\"46.5\" width=\"\(n(segment.reservedStart))\" height=\"34\" fill-opacity=\"0.6\"/>")
            }
            if segment.reservedEnd > 0 {
                parts.append("<rect x=\"\(n(segment.x + segment.width - 0.5 - segment.reservedEnd))\" y=\"46.5\" width=\"\(n(segment.reservedEnd))\" height=\"34\" fill-opacity=\"0.6\"/>")
            }
            if labelled {
                let middle = n(segment.x + segment.width / 2)
                parts.append("<text x=\"\(middle)\" y=\"98\" text-anchor=\"middle\">\(segment.subnet)</text>")
                parts.append("<text x=\"\(middle)\" y=\"112\" text-anchor=\"middle\" font-size=\"11\">\(NumberText.grouped(segment.subnet.count)) addresses</text>")
            }
        }
        if !labelled {
            parts.append("<text x=\"0\" y=\"98\">Each segment: one \(prefix) of \(NumberText.grouped(segments.first?.subnet.count ?? 0)) addresses</text>")
        }
        if reserved > 0 {
            parts.append("<rect x=\"0\" y=\"\(n(legendY + 4))\" width=\"10\" height=\"10\" fill-opacity=\"0.6\"/>")
            let scaleNote = marksEnlarged ? " (marks widened to be seen)" : ""
            let (first, last) = Self.reservedEnds(reserved: reserved, size: segments.first?.subnet.count ?? 0)
            let which = "the first \(first) address\(first == 1 ? "" : "es")" + (last > 0 ? " and the last" : "")
            parts.append("<text x=\"16\" y=\"\(n(legendY + 13))\" font-size=\"11\">Reserved by AWS: \(which) of each subnet\(scaleNote)</text>")
        }
        parts.append("</g></svg>")
        return parts.joined(separator: "\n")
    }
}
