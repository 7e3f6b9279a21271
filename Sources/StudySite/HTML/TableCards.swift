/// Tables on phones: a table too wide for a 360 px screen is shown there as one card per row,
/// each cell labelled with its column header (`data-label`, shown by CSS), so no column hides
/// behind a scroll bar the phone does not draw. Which tables get cards is decided here, once,
/// for Markdown and generated tables alike.
enum TableCards {
    /// The width a phone gives a table: 360 px less the page's 1 rem margins and the box border.
    static let phoneWidth = 326.0
    /// Tables of this many columns or more become cards on phones whatever their text:
    /// four squeezed columns read worse than four labelled lines.
    static let cardColumns = 4

    /// Whether a table with these cells (header row included) needs cards on a phone.
    static func needsCards(_ rows: [[String]]) -> Bool {
        let columns = rows.map(\.count).max() ?? 0
        return columns >= cardColumns || minimumWidth(rows) > phoneWidth
    }

    /// Roughly the narrowest the browser can lay the table out: each column as wide as its
    /// longest word (about 0.55 em of a 16 px font per character) plus the cell padding.
    static func minimumWidth(_ rows: [[String]]) -> Double {
        var longest: [Int] = []
        for row in rows {
            for (column, text) in row.enumerated() {
                let word = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
                if column < longest.count { longest[column] = max(longest[column], word) } else { longest.append(word) }
            }
        }
        return longest.reduce(0.0) { $0 + Double($1) * 8.8 + 22.4 }
    }

    /// ` data-label="…"` for a body cell under `header`, empty when the header is.
    static func labelAttribute(_ header: String) -> String {
        header.isEmpty ? "" : " data-label=\"\(HTMLEscape.attribute(header))\""
    }

    /// cmark-gfm's table HTML with each body cell labelled with its column's header, and
    /// `class="cards"` on the table when `cards`. Works on bytes: cmark writes `<td>` or
    /// `<td align="…">`, one row per `<tr>`.
    static func labelling(_ html: String, headers: [String], cards: Bool) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + headers.count * 64)
        let labels = headers.map { Array(labelAttribute($0).utf8) }
        var column = 0
        var index = 0
        var classed = !cards
        func starts(_ prefix: String, at offset: Int) -> Bool {
            let tag = Array(prefix.utf8)
            return offset + tag.count <= bytes.count && bytes[offset..<offset + tag.count].elementsEqual(tag)
        }
        while index < bytes.count {
            if !classed, starts("<table>", at: index) {
                result += "<table class=\"cards\">".utf8
                index += 7
                classed = true
                continue
            }
            if starts("<tr>", at: index) { column = 0 }
            if starts("<td", at: index), index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                result += "<td".utf8
                if column < labels.count { result += labels[column] }
                column += 1
                index += 3
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
