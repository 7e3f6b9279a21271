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
