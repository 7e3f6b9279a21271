import Testing
@testable import StudySite

/// Terms interned from bytes: one number per distinct term, sorted as JavaScript compares.
@Suite struct SearchTermTableTests {
    static func number(_ table: inout SearchTermTable, _ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { table.number(of: $0) }
    }

    @Test func eachDistinctTermGetsOneNumberInTheOrderFirstSeen() {
        var table = SearchTermTable()
        let words = (0..<5_000).map { "w\($0 % 1_200)" }
        let numbers = words.map { Self.number(&table, $0) }
        #expect(table.count == 1_200, "the table grows past its first slots and still finds every term")
        #expect(numbers.prefix(1_200).map(Int.init) == Array(0..<1_200))
        #expect(numbers[1_200...].map(Int.init) == (1_200..<5_000).map { $0 % 1_200 })
        #expect(table.string(7) == "w7")
    }

    @Test func termsSortInUTF16OrderAsTheScriptComparesThem() {
        // U+FF21 (Ａ) is above U+1F600 (😀) by code point but below it in UTF-16 (surrogates).
        let terms = ["b", "ab", "a", "ｚ", "😀", "é", "a😀", "aｚ"]
        var table = SearchTermTable()
        for term in terms { _ = Self.number(&table, term) }
        let sorted = (0..<table.count).sorted(by: table.precedesInUTF16).map(table.string)
        #expect(sorted == terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    }
}
