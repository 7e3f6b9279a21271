import Testing

@testable import StudySite

@Suite struct ContentLintTests {
    private func lint(_ markdown: String) -> [String] {
        let page = Page(sourcePath: "content/note.md", slug: "note", section: "", title: "Note")
        return ContentLint.lint(page, markdown: markdown).map { "\($0.location?.line ?? 0): \($0.message)" }
    }

    @Test func placeholderLinesAreReportedWithTheirLine() {
        #expect(lint("Intro.\n\n… (existing content remains unchanged here) …\n") == [
            "3: placeholder line left in the note: \"… (existing content remains unchanged here) …\"",
        ])
        #expect(lint("Text … and more … here.\n").isEmpty)
    }

    @Test func headingNumbersThatSkipAreReported() {
        #expect(lint("## 7.1 What\n\n## 7.5 Summary\n\n## 7.6 Next\n") == ["3: heading numbering skips: 7.1 is followed by 7.5, expected 7.2"])
        #expect(lint("## 1. One\n\n### 1.1 A\n\n### 1.2 B\n\n## 2. Two\n\n### 2.1 A\n").isEmpty)
    }

    @Test func resourcesWithoutURLAreReported() {
        let warnings = lint("## Resources\n\n- External site: AWS: Route tables\n- [VPC](https://example.com/vpc)\n\n## Next\n\n- Not a resource\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("3: \"Resources\" entry without a URL") == true)
    }

    @Test func unclosedFencesAndHeadingsInsideCodeAreHandled() {
        #expect(lint("```bash\n## 1.1 not a heading\n## 1.9 still code\n```\n").isEmpty)
        #expect(lint("Text\n\n```json\n{}\n") == ["3: code fence (```) opened here is never closed: the rest of the note shows as code"])
    }

    @Test func tableWordsWiderThanAPhoneAreReported() {
        let long = String(repeating: "x", count: 40)
        #expect(lint("| A | B |\n|---|---|\n| \(long) | b |\n").count == 1)
        #expect(lint("| A | B |\n|---|---|\n| short | b |\n").isEmpty)
    }
}

@Suite struct TableCardsTests {
    @Test func bodyCellsAreLabelledWithTheirColumnHeader() {
        let html = "<table>\n<thead>\n<tr>\n<th>A &amp; B</th>\n<th align=\"right\">C</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n"
        let labelled = TableCards.labelling(html, headers: ["A & B", "C"], cards: true)
        #expect(labelled.hasPrefix("<table class=\"cards\">"))
        #expect(labelled.contains("<td data-label=\"A &amp; B\">1</td>\n<td data-label=\"C\" align=\"right\">2</td>"))
        #expect(labelled.contains("<th>A &amp; B</th>"))
    }

    @Test func cardsOnlyForTablesTooWideForAPhone() {
        #expect(!TableCards.needsCards([["Name", "Value"], ["answer", "42"]]))
        #expect(TableCards.needsCards([["A", "B", "C", "D"], ["1", "2", "3", "4"]]))
        #expect(TableCards.needsCards([["Rule", "Comment"], [String(repeating: "w", count: 20), String(repeating: "v", count: 20)]]))
    }
}
