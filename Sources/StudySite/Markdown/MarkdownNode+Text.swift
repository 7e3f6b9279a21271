import Foundation

extension MarkdownNode {
    /// The text a reader sees, markup stripped: `Using **S3** \`cp\`` → `Using S3 cp`.
    /// Walks with cmark's iterator: a heading may hold emphasis nested thousands deep.
    var plainText: String {
        var text = ""
        forEachDescendant { node in
            switch node.kind {
            case .text, .code, .codeBlock: text += node.literal  // leaves: nothing below them
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }

    /// The line of this node, or of the nearest ancestor that knows its line
    /// (cmark does not track positions of every inline).
    var line: Int {
        var node: MarkdownNode? = self
        while let current = node {
            if current.startLine > 0 { return current.startLine }
            node = current.parent
        }
        return 0
    }

    /// The last line of this node, or of the nearest ancestor that knows its lines.
    var enclosingEndLine: Int {
        var node: MarkdownNode? = self
        while let current = node {
            if current.endLine > 0 { return current.endLine }
            node = current.parent
        }
        return 0
    }

    /// The first word of a code block's info string: ` ```bash title` → `bash`.
    var language: String {
        String(fenceInfo.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
}

extension MarkdownNode {
    /// A GFM table's cells as the reader sees them, row by row, the header row first.
    var tableCellTexts: [[String]] {
        var rows: [[String]] = []
        var row = firstChild
        while let current = row {
            var cells: [String] = []
            var cell = current.firstChild
            while let node = cell {
                cells.append(node.plainText.trimmingCharacters(in: .whitespaces))
                cell = node.next
            }
            rows.append(cells)
            row = current.next
        }
        return rows
    }
}
