/// Repeated warnings, grouped for people: a book of 100 chapters can have thousands of
/// `<font>` tags, and a wall of identical lines hides the one warning that matters. Warnings
/// with a `kind` are grouped by file and kind: the first is shown, with how many more the
/// file has; `--verbose` shows every one. Errors are never grouped.
public enum DiagnosticGroups {
    /// `diagnostics` in their order, each (file, kind) group of warnings shown by its first,
    /// `… (and 41 more in this note)`.
    public static func grouped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [GroupKey: Int] = [:]
        for diagnostic in diagnostics {
            if let key = GroupKey(diagnostic) { counts[key, default: 0] += 1 }
        }
        var shown: Set<GroupKey> = []
        var result: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let key = GroupKey(diagnostic) else {
                result.append(diagnostic)
                continue
            }
            guard shown.insert(key).inserted else { continue }
            var first = diagnostic
            if let count = counts[key], count > 1 {
                let file = key.path.hasSuffix(".md") ? "note" : "file"
                first.message += " (and \(count - 1) more in this \(file))"
            }
            result.append(first)
        }
        return result
    }

    /// How many warnings of each kind there are, most first (then by kind), for the summary.
    public static func totals(_ diagnostics: [Diagnostic]) -> [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning {
            if let kind = diagnostic.kind { counts[kind, default: 0] += 1 }
        }
        return counts.map { (kind: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
    }

    /// `Warnings by kind: 42 raw-html:<font>, 3 lint:resource-without-url`, or nil when no
    /// kind repeats.
    public static func summary(_ diagnostics: [Diagnostic]) -> String? {
        let totals = totals(diagnostics)
        guard totals.contains(where: { $0.count > 1 }) else { return nil }
        return "Warnings by kind: " + totals.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
    }

    private struct GroupKey: Hashable {
        var path: String
        var kind: String

        init?(_ diagnostic: Diagnostic) {
            guard diagnostic.severity == .warning, let kind = diagnostic.kind else { return nil }
            self.path = diagnostic.location?.path ?? ""
            self.kind = kind
        }
    }
}
