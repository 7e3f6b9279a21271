/// Finds glossary terms in prose in one pass over the words: whole words only,
/// case-insensitive, the longest term wins ("Availability Zone" before "Zone"),
/// and a final plural `s`/`es` still matches ("Regions" → Region, "AMIs" → AMI).
/// "Region" does not match "Regional".
public struct TermMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var range: Range<String.Index>
        /// The index of the term as given to `init`.
        public var term: Int
    }

    /// A trie over lower-cased words; node 0 is the root.
    private var children: [[String: Int]] = [[:]]
    private var terminal: [Int?] = [nil]

    /// `phrases[i]` are the spellings (term and aliases) of term `i`.
    public init(phrases: [[String]]) {
        for (term, spellings) in phrases.enumerated() {
            for spelling in spellings {
                let words = TermMatcher.words(in: spelling).map(\.word)
                guard !words.isEmpty else { continue }
                var node = 0
                for word in words {
                    if let next = children[node][word] {
                        node = next
                    } else {
                        children.append([:])
                        terminal.append(nil)
                        children[node][word] = children.count - 1
                        node = children.count - 1
                    }
                }
                // The first spelling that claims a phrase keeps it.
                if terminal[node] == nil { terminal[node] = term }
            }
        }
    }

    public var isEmpty: Bool { children[0].isEmpty }

    /// How the matcher sees a spelling: its words, lower-cased, one space apart.
    /// `Pay-as-you-go` and `pay as you go` have the same key.
    public static func key(for spelling: String) -> String {
        words(in: spelling).map(\.word).joined(separator: " ")
    }

    /// Non-overlapping matches, left to right.
    public func matches(in text: String) -> [Match] {
        if isEmpty { return [] }
        let words = TermMatcher.words(in: text)
        var result: [Match] = []
        var index = 0
        while index < words.count {
            var node = 0
            var best: (end: Int, term: Int)?
            var cursor = index
            while cursor < words.count {
                if cursor > index && !words[cursor].joinsPrevious { break }
                let word = words[cursor].word
                if let term = pluralTerminal(node, word) { best = (cursor, term) }
                guard let next = children[node][word] else { break }
                node = next
                if let term = terminal[node] { best = (cursor, term) }
                cursor += 1
            }
            if let best {
                result.append(Match(range: words[index].range.lowerBound..<words[best.end].range.upperBound, term: best.term))
                index = best.end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The term that `word` completes as a plural of a child of `node`.
    private func pluralTerminal(_ node: Int, _ word: String) -> Int? {
        guard word.count > 2, word.hasSuffix("s") else { return nil }
        for stem in [String(word.dropLast()), word.hasSuffix("es") ? String(word.dropLast(2)) : nil].compactMap({ $0 }) {
            if let next = children[node][stem], let term = terminal[next] { return term }
        }
        return nil
    }

    struct Word {
        var word: String
        var range: Range<String.Index>
        /// Only spaces or hyphens separate it from the word before, so a phrase may continue.
        var joinsPrevious: Bool
    }

    /// Runs of letters and digits, lower-cased.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var gapIsJoin = true
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else {
                if let wordStart = start {
                    words.append(Word(word: text[wordStart..<index].lowercased(), range: wordStart..<index, joinsPrevious: gapIsJoin))
                    start = nil
                    gapIsJoin = true
                }
                if !(character == " " || character == "-" || character == "\u{2011}") { gapIsJoin = false }
            }
            index = text.index(after: index)
        }
        if let wordStart = start {
            words.append(Word(word: text[wordStart...].lowercased(), range: wordStart..<text.endIndex, joinsPrevious: gapIsJoin))
        }
        return words
    }
}
