/// A small builder for the reference tables, so every generator writes the same markup:
/// a `<caption>`, `<thead>` with `<th scope="col">`, a row header per row, numbers in
/// `td.num` (right-aligned) and addresses in `td.addr` (monospace). One element per line,
/// so golden-file diffs read line by line.
struct HTMLTable {
    enum Kind: Sendable {
        case text, number, address

        var classAttribute: String {
            switch self {
            case .text: return ""
            case .number: return " class=\"num\""
            case .address: return " class=\"addr\""
            }
        }
    }

    struct Column {
        var title: String
        var kind: Kind
        init(_ title: String, _ kind: Kind = .text) {
            self.title = title
            self.kind = kind
        }
    }

    /// A cell's content as HTML; `text` escapes, `html` is for markup we built ourselves.
    struct Cell {
        var html: String
        static func text(_ string: String) -> Cell { Cell(html: HTMLEscape.text(string)) }
        static func html(_ markup: String) -> Cell { Cell(html: markup) }
    }

    var caption: String
    var columns: [Column]
    var rows: [[Cell]] = []

    init(caption: String, columns: [Column]) {
        self.caption = caption
        self.columns = columns
    }

    mutating func addRow(_ cells: [Cell]) {
        precondition(cells.count == columns.count, "a row needs \(columns.count) cells, got \(cells.count)")
        rows.append(cells)
    }

    mutating func addRow(_ texts: String...) {
        addRow(texts.map(Cell.text))
    }

    /// The table inside a focusable scroll box, so wide tables scroll at 360 px
    /// instead of widening the page, and keyboard users can scroll them too.
    var html: String {
        // Cards on phones when too wide for one (see `TableCards`); cell markup counts as text.
        let texts = [columns.map(\.title)] + rows.map { $0.map { HTMLTable.visibleText($0.html) } }
        let table = TableCards.needsCards(texts) ? "<table class=\"cards\">" : "<table>"
        var lines = ["<div class=\"table-scroll\" tabindex=\"0\">", table, "<caption>\(HTMLEscape.text(caption))</caption>", "<thead>", "<tr>"]
        for column in columns {
            // Only alignment carries over to headings; a monospace heading would look like data.
            let kind = column.kind == .number ? column.kind.classAttribute : ""
            lines.append("<th scope=\"col\"\(kind)>\(HTMLEscape.text(column.title))</th>")
        }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in rows {
            lines.append("<tr>")
            for (index, cell) in row.enumerated() {
                let kind = columns[index].kind.classAttribute
                // The first cell names the row (a prefix, a CIDR block, an instance type).
                let label = TableCards.labelAttribute(columns[index].title)
                lines.append(index == 0 ? "<th scope=\"row\"\(kind)\(label)>\(cell.html)</th>" : "<td\(kind)\(label)>\(cell.html)</td>")
            }
            lines.append("</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines.joined(separator: "\n")
    }
}

extension HTMLTable {
    /// The text of a cell's markup, tags left out and the few entities we write decoded to one
    /// character each, good enough to estimate the cell's width.
    static func visibleText(_ html: String) -> String {
        var text = ""
        var inTag = false
        var inEntity = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            case "&" where !inTag:
                inEntity = true
                text.append("x")
            case ";" where inEntity: inEntity = false
            default:
                if !inTag && !inEntity { text.append(character) }
            }
        }
        return text
    }
}

/// The wrapper every generator returns: `<div class="generated NAME">` around its tables and notes.
enum GeneratedHTML {
    static func block(_ name: String, _ parts: [String]) -> String {
        (["<div class=\"generated \(name)\">"] + parts + ["</div>"]).joined(separator: "\n")
    }

    /// A paragraph of explanatory text under a table, styled muted.
    static func note(_ html: String) -> String {
        "<p class=\"note-text\">\(html)</p>"
    }
}

extension GeneratedHTML {
    /// `html` without the explanatory notes (`note-text`, `data-note` paragraphs, one per line)
    /// that an earlier block of the same page showed already: a caveat is said once per page.
    static func droppingRepeatedNotes(_ html: String, seen: inout Set<Substring>) -> String {
        // On bytes: Foundation's `contains` and a Character split were a fifteenth of the AWS build.
        guard html.containsBytes(of: "<p class=\"note-text\">") || html.containsBytes(of: "<p class=\"data-note\">") else { return html }
        var kept: [Substring] = []
        for line in html.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init) {
            if line.hasPrefix("<p class=\"note-text\">") || line.hasPrefix("<p class=\"data-note\">") {
                if seen.contains(line) { continue }
                seen.insert(line)
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}
