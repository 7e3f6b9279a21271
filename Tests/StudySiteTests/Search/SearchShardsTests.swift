import Foundation
import Testing
@testable import StudySite

/// The index files: deterministic, within their size budget, and safe to load as scripts.
@Suite struct SearchShardsTests {
    /// A large synthetic site: `pages` notes of eight sections each, words shared and words of their own.
    static func groups(pages: Int) -> [SearchGroup] {
        (0..<pages).map { page in
            let items = (0..<8).map { section in
                SearchItem(
                    heading: "Heading \(section) of note \(page)", anchor: "h\(section)",
                    text: "Subnets route traffic through gateway \(section) in zone z\(page % 97). "
                        + (0..<40).map { "word\(($0 * 31 + page * 7 + section) % 5000)" }.joined(separator: " "),
                    headingWords: "Heading \(section) note\(page)", titleWords: "Note \(page)")
            }
            return SearchGroup(title: "Note \(page)", url: "s\(page / 100)/note-\(page).html", items: items)
        }
    }

    @Test func twoRunsWriteTheSameBytes() {
        let groups = Self.groups(pages: 300)
        #expect(SearchShards.files(for: groups) == SearchShards.files(for: groups))
    }

    @Test func termFilesStayWithinTheirBudgetAndAreSorted() throws {
        let files = SearchShards.files(for: Self.groups(pages: 2_000))
        let termFiles = files.filter { $0.key.hasPrefix("search/t/") }
        #expect(termFiles.count > 10)
        // A file closes once past the budget, so it exceeds it by at most its last term,
        // whose postings are capped.
        let largestTerm = 40 + SearchRanking.maximumPostings * 6
        for (path, bytes) in termFiles {
            #expect(bytes.count <= SearchShards.termFileBytes + largestTerm, "\(path) is \(bytes.count) bytes")
        }
        let index = String(decoding: try #require(files["search/index.js"]), as: UTF8.self)
        let firstTerms = index.split(separator: "[")[1].split(separator: "]")[0].split(separator: ",").map { String($0.dropFirst().dropLast()) }
        #expect(firstTerms == firstTerms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }, "term files are in the order the script searches")
        // The first query of a word loads the script's index, then a term file or two, then
        // one group file per result shown (eight): well under 300 KB here.
        let largestGroup = files.filter { $0.key.hasPrefix("search/d/") }.map(\.value.count).max() ?? 0
        let firstQuery = index.utf8.count + 2 * (SearchShards.termFileBytes + largestTerm) + 8 * largestGroup
        #expect(firstQuery < 300_000, "a first query would load \(firstQuery) bytes")
    }

    @Test func postingsRoundTripThroughTheirDigits() {
        let postings = [
            SearchRanking.Posting(group: 0, item: 0, weight: 31),
            SearchRanking.Posting(group: 5, item: 40, weight: 1),
            SearchRanking.Posting(group: 5000, item: 3, weight: 17),
        ]
        let text = SearchShards.encode(postings)
        // Decoded as the script does: a digit of the second half continues a number.
        var numbers: [Int] = []
        var value = 0
        for byte in text {
            let digit = SearchShards.digits.firstIndex(of: byte)!
            if digit >= 32 { value = value * 32 + digit - 32 } else { numbers.append(value * 32 + digit); value = 0 }
        }
        #expect(numbers == [0, 0, 31, 5, 40, 1, 4995, 3, 17])
    }

    @Test func titlesHeadingsAndTermsAreEscapedForScripts() throws {
        let group = SearchGroup(title: "A & B <i>\u{2028}", url: "a.html", items: [
            SearchItem(heading: "Quotes \"here\" \\ </script><script>alert(1)</script>", anchor: "q", text: "Line\nbreak \u{2028} end", headingWords: "", titleWords: ""),
        ])
        let files = SearchShards.files(for: [group])
        let script = String(decoding: try #require(files["search/d/0.js"]), as: UTF8.self)
        #expect(!script.contains("<") && !script.contains(">") && !script.contains("&"))
        #expect(!script.contains("\u{2028}") && !script.contains("\n\"") )
        #expect(script.contains(#"A \u0026 B \u003ci\u003e"#))
        // The argument is JSON: it parses back to the very strings.
        let json = String(script.dropFirst("StudySiteSearch.group(0,".count).dropLast(");\n".count))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["t"] as? String == "A & B <i>\u{2028}")
        let item = try #require((object["r"] as? [[String]])?.first)
        #expect(item[0] == "Quotes \"here\" \\ </script><script>alert(1)</script>")
        #expect(item[2] == "Line break end", "white space, U+2028 too, is made single spaces")
    }

    @Test func anAnchorTheScriptCanDeriveIsLeftOut() throws {
        let group = SearchGroup(title: "VPC", url: "vpc.html", items: [
            SearchItem(heading: "", anchor: "", text: "Intro.", headingWords: "", titleWords: ""),
            SearchItem(heading: "6.5 Enabling MFA (root)", anchor: "65-enabling-mfa-root", text: "Turn it on.", headingWords: "", titleWords: ""),
            SearchItem(heading: "Summary", anchor: "summary-1", text: "Again.", headingWords: "", titleWords: ""),
            SearchItem(heading: "Café", anchor: "café", text: "Not ASCII.", headingWords: "", titleWords: ""),
        ])
        let script = String(decoding: try #require(SearchShards.files(for: [group])["search/d/0.js"]), as: UTF8.self)
        let json = String(script.dropFirst("StudySiteSearch.group(0,".count).dropLast(");\n".count))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["r"] as? [[String]] == [
            ["", "Intro."],
            ["6.5 Enabling MFA (root)", "Turn it on."],
            ["Summary", "summary-1", "Again."],
            ["Café", "café", "Not ASCII."],
        ])
    }

    @Test func aResultKeepsTheStartOfItsTextCutAtAWord() {
        let text = String(repeating: "word ", count: 60)
        let excerpt = SearchShards.excerpt(text)
        #expect(excerpt.hasSuffix(" …"))
        #expect(excerpt.utf8.count >= SearchShards.textCharacters && excerpt.utf8.count <= SearchShards.textCharacters + 8)
        #expect(SearchShards.excerpt("  short\n\ttext  ") == "short text")
    }
}
