import Foundation

/// Definitions lifted from a list item that do not stand on their own on the glossary page:
/// `- **Community AMIs**: from the AWS user community` reads as a definition only under its
/// lead-in ("AMIs come from…"). The build names each with its `path:line`, so the author can
/// reword the item or define the term in glossary.yml (which wins, and silences the warning).
enum GlossaryFragments {
    /// Words a fragment starts with: it continues a sentence the list's lead-in began.
    static let continuations: Set<String> = ["for", "from", "to", "of", "by", "with", "in", "on", "as", "via", "like", "e.g.", "such"]

    static func warnings(_ candidates: [GlossaryCandidate]) -> [Diagnostic] {
        candidates.compactMap { candidate in
            guard candidate.origin == .notes, let reason = reason(candidate.entry.definition) else { return nil }
            return .warning(
                "glossary: the definition of `\(candidate.entry.term)` (\"\(candidate.entry.definition.prefix(50))\") \(reason); "
                    + "write it as a sentence or define the term in glossary.yml",
                at: candidate.entry.location)
        }
    }

    /// Why a definition reads as a fragment, or nil when it stands on its own.
    static func reason(_ definition: String) -> String? {
        // The Markdown as written, leading emphasis and code marks aside: no parse per definition.
        let text = definition.trimmingCharacters(in: CharacterSet(charactersIn: "*_`").union(.whitespacesAndNewlines))
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return "is empty" }
        if continuations.contains(first.lowercased()) { return "continues its list's lead-in" }
        if let letter = first.first, letter.isLowercase { return "starts in the middle of a sentence" }
        return nil
    }
}
