/// A picture inlined as SVG in a `<figure>`: dot diagrams and the pictures generators draw.
/// The SVG carries its own `<title>` (its accessible name); the caption, when there is one,
/// is shown under it. `.diagram` in style.css lets a wide picture scale down to the column.
enum SVGFigure {
    static func html(svg: String, caption: String?, kind: String) -> String {
        var html = "<figure class=\"diagram \(kind)\">\n" + svg + "\n"
        if let caption { html += "<figcaption>" + HTMLEscape.text(caption) + "</figcaption>\n" }
        return html + "</figure>"
    }
}

extension SVGFigure {
    /// `D12-` for a block fenced on line 12: unique in its page (one block per line), and
    /// never a heading anchor (those are lower case).
    static func idPrefix(for location: SourceLocation) -> String {
        "D\(location.line)-"
    }

    /// The opening `<svg>` of a picture StudySite draws: scalable, named by its `<title>`.
    static func openSVG(width: Double, height: Double, idPrefix: String, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\""
            + " role=\"img\" aria-labelledby=\"\(idPrefix)title\"><title id=\"\(idPrefix)title\">\(HTMLEscape.text(title))</title>"
    }

    /// Coordinates with at most two decimals and no trailing zeros, the same on every machine.
    static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths) / 100
        let fraction = abs(Int(hundredths)) % 100
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + "\(whole)" }
        return sign + "\(whole)." + (fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)"))
    }
}
