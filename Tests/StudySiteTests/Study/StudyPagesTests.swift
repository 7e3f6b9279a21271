import Foundation
import Testing
@testable import StudySite

/// The study stage on a real build of a small course: quiz markup in the note, "Test
/// yourself", the study pages, anki.tsv, and the print page's ids and links.
@Suite struct StudyPagesTests {
    static let files = [
        "content/site.yml": "title: Net Course\ncheatsheet:\n  - b.md#terms\n",
        "content/a.md": """
            ---
            title: Addresses
            order: 1
            ---

            ## Sizes

            A /24 has 256 addresses; see [the terms](b.md#terms) and [below](#check).

            ## Check

            ```quiz
            - question: How many addresses does a **/24** hold?
              choices:
                - "24"
                - correct: "256"
              explain: Eight flexible bits.
            - question: Which are private ranges?
              choices:
                - correct: 10.0.0.0/8
                - correct: 192.168.0.0/16
                - 8.8.8.0/24
            - question: What is CIDR?
              answer: A compact way to write a range of addresses.
            ```

            """,
        "content/b.md": """
            ---
            title: Terms
            order: 2
            ---

            ## Terms

            - **Subnet**: A smaller network inside a VPC.
            - **Route table**: Rules that say where traffic goes.

            ## Sizes

            Back to [addresses](a.md#sizes).

            """,
    ]

    /// The built course; the folder goes when the value does.
    static func build(_ extra: [String: String] = [:]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(files.merging(extra) { _, new in new })
        _ = try Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: DiagnosticLog())
        return folder
    }

    @Test func aSingleAnswerQuestionIsARadioGroupWithLabelsAndFeedback() throws {
        let site = try Self.build()
        let note = try site.read("_site/a.html")
        #expect(note.contains("<fieldset class=\"quiz-question quiz-choices\" id=\"quiz-how-many-addresses-does-a-24-hold\">"))
        #expect(note.contains("<legend><span class=\"quiz-number\">Question 1. </span>How many addresses does a <strong>/24</strong> hold?</legend>"))
        #expect(note.contains("<input type=\"radio\" name=\"quiz-how-many-addresses-does-a-24-hold\" id=\"quiz-how-many-addresses-does-a-24-hold-choice-2\"> <label for=\"quiz-how-many-addresses-does-a-24-hold-choice-2\">256</label> <span class=\"quiz-feedback quiz-right\">Correct.</span>"))
        #expect(note.contains("<label for=\"quiz-how-many-addresses-does-a-24-hold-choice-1\">24</label> <span class=\"quiz-feedback quiz-wrong\">Not this one.</span>"))
        #expect(note.contains("<p><strong>Answer:</strong> 256</p>\n<div class=\"quiz-explain\"><p>Eight flexible bits.</p>"))
        // Several correct choices: checkboxes and a hint; free recall: the answer in <details>.
        #expect(note.contains("<p class=\"quiz-hint\">Select every correct answer.</p>"))
        #expect(note.contains("<input type=\"checkbox\" name=\"quiz-which-are-private-ranges\""))
        #expect(note.contains("<p class=\"quiz-number\">Question 3</p>"))
        #expect(note.contains("<details class=\"quiz-answer\"><summary>Show answer</summary>\n<p>A compact way to write a range of addresses.</p>"))
        #expect(!note.contains("```quiz") && !note.contains("<pre"))
    }

    @Test func everyIDOnAPageIsUniqueEvenForTheSameQuestionTwice() throws {
        let twice = "- question: Same?\n  choices:\n    - correct: a\n    - b\n"
        let site = try Self.build(["content/c.md": "---\ntitle: C\norder: 3\n---\n\n## Same\n\n```quiz\n\(twice)\(twice)```\n\n```quiz\n\(twice)```\n"])
        let note = try site.read("_site/c.html")
        let ids = note.matches(of: /id="([^"]*)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(ids.contains("quiz-same") && ids.contains("quiz-same-1") && ids.contains("quiz-same-2") && ids.contains("quiz-same-1-choice-2"))
        #expect(note.contains("Question 3. </span>Same?"), "numbered across the page's blocks")
    }

    @Test func aNoteEndsWithTestYourselfFromTheTermsItDefines() throws {
        let site = try Self.build()
        let note = try site.read("_site/b.html")
        #expect(note.contains("<section class=\"test-yourself\">\n<h2 id=\"test-yourself\">"))
        #expect(note.contains("<li><details><summary>Subnet</summary>\n<p>A smaller network inside a VPC.</p>\n</details></li>\n<li><details><summary>Route table</summary>"))
        #expect(note.contains("<a href=\"#test-yourself\">Test yourself</a>"), "listed in the page's contents")
        #expect(!(try site.read("_site/a.html")).contains("test-yourself"), "a note that defines no term has none")
    }

    @Test func testYourselfIsOffPerPageOrSiteWide() throws {
        let page = try Self.build(["content/b.md": Self.files["content/b.md"]!.replacingOccurrences(of: "order: 2\n", with: "order: 2\ntest_yourself: false\n")])
        #expect(!(try page.read("_site/b.html")).contains("test-yourself"))
        let site = try Self.build(["content/site.yml": "title: Net Course\ntest_yourself: false\n"])
        #expect(!(try site.read("_site/b.html")).contains("test-yourself"))
    }

    @Test func flashcardsGoBothWaysAndPracticeLinksQuestionsAndAnswers() throws {
        let site = try Self.build()
        let cards = try site.read("_site/flashcards.html")
        #expect(cards.contains("<li class=\"card\"><div class=\"card-front\"><p class=\"card-term\">Subnet</p></div><div class=\"card-back\"><div class=\"card-definition\"><p>A smaller network inside a VPC.</p>"))
        #expect(cards.contains("<li class=\"card\"><div class=\"card-front\"><div class=\"card-definition\"><p>A smaller network inside a VPC.</p>\n</div></div><div class=\"card-back\"><p class=\"card-term\">Subnet</p>"))
        let practice = try site.read("_site/practice.html")
        #expect(practice.contains("<li id=\"question-2\" class=\"practice-question\"><p>Which are private ranges?</p>"))
        #expect(practice.contains("<a href=\"#answer-2\">Answer 2</a>"))
        #expect(practice.contains("<li id=\"answer-2\" value=\"2\"><p>(a) 10.0.0.0/8; (b) 192.168.0.0/16</p>"))
        #expect(practice.contains("<a href=\"#question-2\">Back to question 2</a> · <a href=\"a.html#quiz-which-are-private-ranges\">In the notes</a>"))
        #expect(try site.read("_site/index.html").contains("<a href=\"flashcards.html\">Flashcards</a>"), "linked from the sidebar")
    }

    @Test func ankiDeckHasAnkisHeaderAndOneNotePerTermAndQuestion() throws {
        let site = try Self.build()
        let lines = try site.read("_site/anki.tsv").split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(7)) == [
            "#separator:tab", "#html:true", "#notetype:Basic", "#deck:Net Course", "#guid column:1",
            "#columns:ID\tFront\tBack\tTags", "#tags column:4",
        ])
        let rows = lines.dropFirst(7).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == 4 })
        #expect(rows[0] == ["net-course/term-subnet", "Subnet", "A smaller network inside a VPC.", "term section::course page::b"])
        #expect(rows.map(\.first!).contains("net-course/a/quiz-what-is-cidr"))
        let choice = rows.first { $0[0] == "net-course/a/quiz-how-many-addresses-does-a-24-hold" }!
        #expect(choice[1] == "\"How many addresses does a <strong>/24</strong> hold?<ol type=\"\"a\"\"><li>24</li><li>256</li></ol>\"")
        #expect(choice[2] == "<strong>Answer:</strong> 256<br>Eight flexible bits.")
        #expect(choice[3] == "quiz section::course page::a")
    }

    @Test func ankiIDsComeFromSlugsNotFromDefinitions() throws {
        let fixed = try Self.build(["content/b.md": Self.files["content/b.md"]!.replacingOccurrences(of: "A smaller network inside a VPC.", with: "A range of addresses in one AZ.")])
        let rows = try fixed.read("_site/anki.tsv").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.first == "net-course/term-subnet\tSubnet\tA range of addresses in one AZ.\tterm section::course page::b")
    }

    @Test func printPagePrefixesIdsPerNoteAndKeepsLinksInside() throws {
        let site = try Self.build()
        let print = try site.read("_site/print.html")
        #expect(print.contains("<li><a href=\"#a\">Addresses</a></li>\n<li><a href=\"#b\">Terms</a></li>"))
        // Both notes have a `sizes` heading; each keeps its own id.
        #expect(print.contains("<h3 id=\"a--sizes\">\nSizes\u{2060}<a class=\"anchor\" href=\"#a--sizes\""))
        #expect(print.contains("<h3 id=\"b--sizes\">\nSizes\u{2060}<a class=\"anchor\" href=\"#b--sizes\""))
        #expect(print.contains("<a href=\"#b--terms\">the terms</a> and <a href=\"#a--check\">below</a>"))
        #expect(print.contains("<a href=\"#a--sizes\">addresses</a>"))
        #expect(print.contains("<input type=\"radio\" name=\"a--quiz-how-many-addresses-does-a-24-hold\" id=\"a--quiz-how-many-addresses-does-a-24-hold-choice-1\"> <label for=\"a--quiz-how-many-addresses-does-a-24-hold-choice-1\">"))
        #expect(print.contains("<h2 class=\"print-note-title\" id=\"glossary\">Glossary</h2>"))
        #expect(print.contains("<dt id=\"glossary--term-subnet\">Subnet</dt>"))
        #expect(print.contains("<details open class=\"quiz-answer\">"))
        let document = print[print.range(of: "<article")!.lowerBound...]
        #expect(!document.contains("href=\"a.html") && !document.contains("href=\"b.html"), "no link leaves the document (the sidebar aside)")
    }

    @Test func cheatSheetTakesTheNamedPartsAndAWrongNameIsAnError() throws {
        let site = try Self.build()
        let sheet = try site.read("_site/cheatsheet.html")
        #expect(sheet.contains("<h2 id=\"cheat-1--terms\">\nTerms\u{2060}"))
        #expect(sheet.contains("Subnet") && !sheet.contains("Back to"), "up to the next heading of the same level")
        let log = DiagnosticLog()
        let folder = try TemporaryDirectory()
        try folder.write(Self.files.merging(["content/site.yml": "title: Net Course\ncheatsheet:\n  - b.md#nope\n"]) { _, new in new })
        #expect(throws: BuildFailure.self) {
            try Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        }
        #expect(log.errors.map(\.description).contains { $0.hasPrefix(folder.path("content") + "/site.yml:3:") && $0.contains("cheatsheet: `b.md#nope` names no heading") })
    }

    @Test func aBadQuizFailsTheBuildAtTheNoteLine() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.files.merging(["content/a.md": "---\ntitle: A\n---\n\n```quiz\n- question: Q?\n  choices:\n    - a\n    - b\n```\n"]) { _, new in new })
        let log = DiagnosticLog()
        #expect(throws: BuildFailure.self) {
            try Pipeline.build(BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")), log: log)
        }
        #expect(log.errors.map(\.description).contains(folder.path("content") + "/a.md:8:5: error: quiz: no choice is marked correct; write the right one as `- correct: \"text\"`"))
    }
}
