/// Merges the definitions of the same term (case-insensitive; `-` and runs of spaces alike,
/// so `Pay-as-you-go` is `pay as you go`, but `C++` is not `C`). `glossary.yml` wins over the notes; in the
/// notes, the first definition in site order wins. Different text gives a warning
/// that names both places.
struct GlossaryMerge {
    private(set) var candidates: [GlossaryCandidate] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var byKey: [String: Int] = [:]

    init(_ candidates: [GlossaryCandidate] = []) {
        for candidate in candidates { add(candidate) }
    }

    mutating func add(_ candidate: GlossaryCandidate) {
        let key = GlossaryMerge.key(for: candidate.entry.term)
        guard let index = byKey[key] else {
            byKey[key] = candidates.count
            candidates.append(candidate)
            return
        }
        let existing = candidates[index]
        let differs = existing.entry.definition != candidate.entry.definition
            && GlossaryMerge.normalized(existing.entry.definition) != GlossaryMerge.normalized(candidate.entry.definition)
        switch (existing.origin, candidate.origin) {
        case (.notes, .dataFile):
            // The data file wins, but the note still shows where the term is taught.
            var winner = candidate
            winner.entry.definedIn = existing.entry.definedIn
            candidates[index] = winner
            if differs {
                diagnostics.append(.warning(
                    "`\(existing.entry.term)` is defined twice with different text, here and at \(candidate.entry.location); the definition in \(GlossaryFile.fileName) is used",
                    at: existing.entry.location))
            }
        case (.dataFile, .dataFile):
            diagnostics.append(.warning(
                "`\(candidate.entry.term)` is listed twice in \(GlossaryFile.fileName), here and at \(existing.entry.location); the first entry is used",
                at: candidate.entry.location))
        case (.notes, .notes), (.dataFile, .notes):
            if differs {
                let reason = existing.origin == .dataFile ? "the definition in \(GlossaryFile.fileName)" : "the first definition"
                diagnostics.append(.warning(
                    "`\(candidate.entry.term)` is defined twice with different text, here and at \(existing.entry.location); \(reason) is used",
                    at: candidate.entry.location))
            }
            if candidates[index].entry.definedIn == nil { candidates[index].entry.definedIn = candidate.entry.definedIn }
        }
    }

    static func key(for term: String) -> String {
        term.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
    }

    /// Definitions that differ only in spacing are the same text.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
