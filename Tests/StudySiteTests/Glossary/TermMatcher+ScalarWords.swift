@testable import StudySite

extension TermMatcher {
    /// Scalar by scalar: the definition the byte scan of `TermMatcher+Words` must agree with
    /// (only the tests need it, so it lives here).
    static func scalarWordRanges(in text: String) -> [(range: Range<String.Index>, joinsPrevious: Bool)] {
        var words: [(range: Range<String.Index>, joinsPrevious: Bool)] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var gapIsJoin = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else {
                if let wordStart = start {
                    words.append((wordStart..<index, gapIsJoin))
                    start = nil
                    gapIsJoin = true
                }
                if !joiningScalars.contains(scalar) { gapIsJoin = false }
            }
            scalars.formIndex(after: &index)
        }
        if let wordStart = start {
            words.append((wordStart..<text.endIndex, gapIsJoin))
        }
        return words
    }
}
