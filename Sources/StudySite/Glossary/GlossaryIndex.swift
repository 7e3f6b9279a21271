/// Which entry each spelling of a term belongs to: the term itself, its aliases, and
/// for `Name (ABBR)` both `Name` and `ABBR`. A spelling belongs to one entry only: a term's
/// own name beats another entry's alias, an alias beats a derived spelling, and among
/// equals the entry that sorts first. The matcher for "used in" and linking is built from it.
struct GlossaryIndex {
    enum Kind: Int, Comparable {
        case term, alias, derived
        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Spelling {
        var text: String
        var kind: Kind
        var entry: Int
        /// The alias's own line, or the entry's.
        var location: SourceLocation
    }

    /// Matcher key → the spelling that owns it.
    private(set) var owners: [String: Spelling] = [:]
    /// Spellings that lost to another entry's, in entry order.
    private(set) var conflicts: [(lost: Spelling, owner: Spelling)] = []
    /// Per entry, the spellings it owns (the matcher's phrases).
    private(set) var phrases: [[String]]

    init(_ entries: [GlossaryEntry], aliasLocations: [[SourceLocation]] = []) {
        phrases = Array(repeating: [], count: entries.count)
        var all: [Spelling] = []
        for (index, entry) in entries.enumerated() {
            all.append(Spelling(text: entry.term, kind: .term, entry: index, location: entry.location))
            for (number, alias) in entry.aliases.enumerated() {
                let location = index < aliasLocations.count && number < aliasLocations[index].count ? aliasLocations[index][number] : entry.location
                all.append(Spelling(text: alias, kind: .alias, entry: index, location: location))
            }
            for derived in GlossaryIndex.derivedSpellings(of: entry.term) {
                all.append(Spelling(text: derived, kind: .derived, entry: index, location: entry.location))
            }
        }
        // Stable sort: by kind, then entry order, then as written.
        let ranked = all.enumerated().sorted { ($0.element.kind, $0.element.entry, $0.offset) < ($1.element.kind, $1.element.entry, $1.offset) }
        for spelling in ranked.map(\.element) {
            let key = TermMatcher.key(for: spelling.text)
            guard !key.isEmpty else { continue }
            if let owner = owners[key] {
                if owner.entry != spelling.entry { conflicts.append((spelling, owner)) }
                continue
            }
            owners[key] = spelling
            phrases[spelling.entry].append(spelling.text)
        }
        conflicts.sort { ($0.lost.entry, $0.lost.kind) < ($1.lost.entry, $1.lost.kind) }
    }

    /// The entry `name` refers to (by its term, an alias or a derived spelling).
    func entry(named name: String) -> Int? {
        owners[TermMatcher.key(for: name)]?.entry
    }

    var matcher: TermMatcher { TermMatcher(phrases: phrases) }

    /// `Availability Zone (AZ)` → `Availability Zone`, `AZ`.
    static func derivedSpellings(of term: String) -> [String] {
        guard term.hasSuffix(")"), let open = term.lastIndex(of: "(") else { return [] }
        let name = term[..<open].trimmingCharacters(in: .whitespaces)
        let short = term[term.index(after: open)..<term.index(before: term.endIndex)].trimmingCharacters(in: .whitespaces)
        return [name, short].filter { !$0.isEmpty }
    }
}
