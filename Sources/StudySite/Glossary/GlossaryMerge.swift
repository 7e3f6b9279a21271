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
        if let key = asciiWords(term, lowercased: true, hyphenSeparates: true) { return key }
        return term.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
    }

    /// Definitions that differ only in spacing are the same text.
    static func sameIgnoringSpacing(_ first: String, _ second: String) -> Bool {
        first == second || normalized(first) == normalized(second)
    }

    /// The text with runs of white space made one space, and none at either end.
    static func normalized(_ text: String) -> String {
        if let words = asciiWords(text, lowercased: false, hyphenSeparates: false) { return words }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `key` and `normalized` of ASCII text, byte by byte (nil for other text): every term of
    /// a 10,000-note site went through Unicode's character properties.
    private static func asciiWords(_ text: String, lowercased: Bool, hyphenSeparates: Bool) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            // Unicode's white space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
            if (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || (hyphenSeparates && byte == UInt8(ascii: "-")) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(0x20) }
            pendingSpace = false
            result.append(lowercased && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: result, as: UTF8.self)
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
