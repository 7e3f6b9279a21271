/// Which part of a file `{{#include …}}` takes, as mdBook reads its argument: `file.rs` all
/// of it, `file.rs:2` line 2, `file.rs:2:` from line 2, `file.rs::10` up to line 10,
/// `file.rs:2:10` lines 2 to 10, `file.rs:name` the lines between `ANCHOR: name` and
/// `ANCHOR_END: name` (without any anchor lines among them).
struct IncludeSelection: Equatable {
    var path: String
    /// 1-based, inclusive; nil for the start or the end of the file.
    var firstLine: Int?
    var lastLine: Int?
    var anchor: String?

    init(parsing argument: String) {
        // The path is the first word; further words (mdBook's options) do not apply here.
        let word = argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        var parts = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        path = parts.removeFirst()
        guard let first = parts.first else { return }
        if parts.count == 1, !first.isEmpty, Int(first) == nil {
            anchor = first
        } else if parts.count == 1 {
            firstLine = Int(first)
            lastLine = firstLine
        } else {
            firstLine = Int(first)
            lastLine = Int(parts[1])
        }
    }

    /// The selected lines, joined by `\n` with no newline after the last (as mdBook does);
    /// nil when the anchor is not in `text`.
    func select(from text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if let anchor {
            var taken: [Substring] = []
            var inside = false
            for line in lines {
                if !inside {
                    if IncludeSelection.marker("ANCHOR:", in: line) == anchor { inside = true }
                } else if IncludeSelection.marker("ANCHOR_END:", in: line) == anchor {
                    return taken.joined(separator: "\n")
                } else if IncludeSelection.marker("ANCHOR:", in: line) == nil && IncludeSelection.marker("ANCHOR_END:", in: line) == nil {
                    taken.append(line)
                }
            }
            return inside ? taken.joined(separator: "\n") : nil
        }
        let start = max((firstLine ?? 1) - 1, 0)
        let end = min(lastLine ?? lines.count, lines.count)
        guard start < end else { return "" }
        return lines[start..<end].joined(separator: "\n")
    }

    /// The name after `ANCHOR:` (or `ANCHOR_END:`) on `line`: letters, digits, `_` and `-`.
    static func marker(_ keyword: String, in line: Substring) -> String? {
        guard let found = line.range(of: keyword) else { return nil }
        let name = line[found.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
            .prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        return name.isEmpty ? nil : String(name)
    }
}
