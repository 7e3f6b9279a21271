/// Beside a ` ```cidr-table `: one bar per prefix. Sizes run from 65,536 (/16) to 16 (/28),
/// too far apart for a linear scale, so each bar's length is the prefix's host bits: every
/// step down halves the addresses and shortens the bar by one unit. Drawn for tables of at
/// most `maximumBars` prefixes; longer tables would make bars too thin to read.
struct PrefixSizeFigure {
    static let maximumBars = 17
    static let width = 300.0
    static let rowHeight = 22.0
    /// Room for the `/16` label on the left.
    static let barStart = 36.0

    let prefixes: ClosedRange<Int>

    /// The bar's length for `prefix`: `barLength` units per host bit, the longest bar filling the width.
    func barLength(_ prefix: Int) -> Double {
        let most = Double(32 - prefixes.lowerBound)
        let room = Self.width - Self.barStart - 4
        return most == 0 ? room : room * Double(32 - prefix) / most
    }

    func svg(idPrefix: String) -> String {
        let n = SVGFigure.number
        let height = Double(prefixes.count) * Self.rowHeight + 4
        let title = "Addresses per prefix, /\(prefixes.lowerBound) to /\(prefixes.upperBound): each bar is as long as the prefix's host bits, so each step halves the addresses"
        var parts = [SVGFigure.openSVG(width: Self.width, height: height, idPrefix: idPrefix, title: title)]
        parts.append("<g fill=\"currentColor\" font-size=\"12\" font-family=\"system-ui, sans-serif\">")
        for (row, prefix) in prefixes.enumerated() {
            let top = Double(row) * Self.rowHeight + 2
            let length = barLength(prefix)
            parts.append("<text x=\"0\" y=\"\(n(top + 14))\">/\(prefix)</text>")
            parts.append("<rect x=\"\(n(Self.barStart))\" y=\"\(n(top + 2))\" width=\"\(n(max(length, 1)))\" height=\"16\" fill-opacity=\"0.22\"/>")
            let count = NumberText.grouped(CIDRBlock.addressCount(prefix: prefix))
            parts.append("<text x=\"\(n(Self.barStart + 4))\" y=\"\(n(top + 14))\">\(count)</text>")
        }
        parts.append("</g></svg>")
        return parts.joined(separator: "\n")
    }
}
