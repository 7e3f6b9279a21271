extension Diagnostic {
    /// The one rule for a key that no YAML file of the site knows (site.yml, _section.yml,
    /// glossary.yml, data/*.yml, front matter): a warning, so the build goes on without it,
    /// naming the closest known key when one is near.
    static func unknownKey(_ key: String, in file: String, known: some Sequence<String>, at location: SourceLocation) -> Diagnostic {
        let known = known.sorted()
        var message = "unknown key `\(key)` in \(file)"
        if let suggestion = closest(to: key, in: known) { message += "; did you mean `\(suggestion)`?" }
        return .warning(message + " (known: \(known.joined(separator: ", ")))", at: location, kind: "yaml:unknown-key")
    }

    /// The known key at the smallest edit distance from `key`, if within a third of its length (at least 2).
    static func closest(to key: String, in known: [String]) -> String? {
        let limit = max(2, key.count / 3)
        let scored = known.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance on characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
