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
        if let index = byKey[key], candidates[index].origin == .notes, candidate.isPatch || candidate.excluded {
            candidates[index] = GlossaryMerge.patched(candidates[index], with: candidate)
            return
        }
        guard let index = byKey[key] else {
            byKey[key] = candidates.count
            candidates.append(candidate)
            return
        }
        let existing = candidates[index]
        let differs = !GlossaryMerge.sameIgnoringSpacing(existing.entry.definition, candidate.entry.definition)
        switch (existing.origin, candidate.origin) {
        case (.notes, .dataFile):
            // The data file wins, but the note still shows where the term is taught.
            var winner = candidate
            winner.entry.definedIn = existing.entry.definedIn
            candidates[index] = winner
            if differs && !candidate.overrides {
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
    static func sameIgnoringSpacing(_ first: String, _ second: String) -> Bool {
        first == second || normalized(first) == normalized(second)
    }

    /// The text with runs of white space made one space, and none at either end.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension GlossaryMerge {
    /// A term of the notes adjusted by a glossary.yml entry without a definition: its link
    /// setting, extra aliases and `see:` names, or its exclusion.
    static func patched(_ notes: GlossaryCandidate, with patch: GlossaryCandidate) -> GlossaryCandidate {
        var result = notes
        result.origin = .dataFile
        result.excluded = patch.excluded
        result.entry.link = patch.entry.link
        result.entry.aliases += patch.entry.aliases
        result.aliasLocations += patch.aliasLocations
        result.entry.see += patch.entry.see
        result.seeLocations += patch.seeLocations
        if !patch.entry.definition.isEmpty { result.entry.definition = patch.entry.definition }
        return result
    }
}
