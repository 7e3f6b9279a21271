import Testing
@testable import StudySite

/// ` ```quiz ` blocks: what a good block gives, and every bad block as an error at the
/// note's line of the item at fault. The fence is on line 10, so YAML line 1 is line 11.
@Suite struct QuizParserTests {
    static func block(_ yaml: String) -> GeneratorBlock {
        GeneratorBlock(name: "quiz", body: yaml, location: SourceLocation(path: "content/a.md", line: 10, column: 1))
    }

    static func parse(_ yaml: String) throws(BuildFailure) -> [QuizQuestion] {
        try QuizParser.questions(in: block(yaml), pageSlug: "a")
    }

    /// The messages of a failing block, as `content/a.md:LINE: error: …` without columns.
    static func errors(_ yaml: String) -> [String] {
        do {
            _ = try parse(yaml)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        }
    }

    @Test func freeRecallAndMultipleChoiceQuestionsAreRead() throws {
        let questions = try Self.parse("""
            - question: What is a **Region**?
              answer: A geographic location.
              explain: See Module 4.
            - question: How many addresses does AWS reserve per subnet?
              id: reserved-addresses
              choices:
                - "4"
                - correct: "5"
            - question: Which are stateless?
              choices:
                - correct: Network ACLs
                - Security groups
                - correct: "Plain routers"
            """)
        #expect(questions.count == 3)
        #expect(questions[0] == QuizQuestion(
            id: "quiz-what-is-a-region", pageSlug: "a", prompt: "What is a **Region**?", kind: .answer("A geographic location."),
            explanation: "See Module 4.", location: questions[0].location))
        #expect(questions[0].location.line == 11)
        #expect(questions[1].id == "quiz-reserved-addresses")
        #expect(questions[1].choices == [QuizChoice(text: "4", isCorrect: false), QuizChoice(text: "5", isCorrect: true)])
        #expect(!questions[1].isMultipleAnswer)
        #expect(questions[1].location.line == 14)
        #expect(questions[2].isMultipleAnswer)
    }

    @Test func anIDKeepsTheAnchorWhenTheQuestionIsReworded() throws {
        let before = try Self.parse("- question: Old wording?\n  id: stable\n  answer: x\n")
        let after = try Self.parse("- question: New wording entirely?\n  id: stable\n  answer: x\n")
        #expect(before[0].id == after[0].id)
        #expect(try Self.parse("- question: One two three four five six seven eight nine ten?\n  answer: x\n")[0].id
            == "quiz-one-two-three-four-five-six-seven-eight")
    }

    @Test func noCorrectChoiceIsAnErrorAtTheChoicesLine() {
        #expect(Self.errors("- question: Q?\n  choices:\n    - a\n    - b\n")
            == ["13: quiz: no choice is marked correct; write the right one as `- correct: \"text\"`"])
    }

    @Test func aDuplicateChoiceIsAnErrorAtItsLine() {
        #expect(Self.errors("- question: Q?\n  choices:\n    - a\n    - correct: b\n    - A\n")
            == ["15: quiz: duplicate choice \"A\" (first at line 13)"])
    }

    @Test func anUnknownKeyIsAnErrorAtItsLine() {
        #expect(Self.errors("- question: Q?\n  answer: x\n  hint: y\n")
            == ["13: quiz: unknown key `hint` (known: answer, choices, explain, id, question)"])
    }

    @Test func anEmptyOrMissingQuestionIsAnError() {
        #expect(Self.errors("- question: \"  \"\n  answer: x\n") == ["11: quiz: `question:` is empty"])
        #expect(Self.errors("- answer: x\n") == ["11: quiz: the question has no `question:`"])
    }

    @Test func answerAndChoicesTogetherOrNeitherIsAnError() {
        #expect(Self.errors("- question: Q?\n  answer: x\n  choices:\n    - correct: a\n    - b\n")
            == ["14: quiz: a question has either `answer:` (free recall) or `choices:` (multiple choice), not both"])
        #expect(Self.errors("- question: Q?\n  explain: x\n")
            == ["11: quiz: the question needs `answer:` (free recall) or `choices:` (multiple choice)"])
    }

    @Test func aBadChoiceOrTooFewChoicesIsAnError() {
        #expect(Self.errors("- question: Q?\n  choices:\n    - right: a\n    - correct: b\n")
            == ["13: quiz: a choice is `- \"text\"` or `- correct: \"text\"`, found `right`"])
        #expect(Self.errors("- question: Q?\n  choices:\n    - correct: a\n") == ["13: quiz: `choices:` needs at least two choices"])
        #expect(Self.errors("- question: Q?\n  choices:\n    - \"\"\n    - correct: b\n") == ["13: quiz: a choice is empty"])
    }

    @Test func invalidYAMLAndAWrongShapeAreErrorsInTheBlock() {
        let invalid = Self.errors("- question: [unclosed\n  answer: x\n")
        #expect(invalid.count == 1)
        #expect(invalid.first?.contains("quiz: invalid YAML") == true)
        #expect((invalid.first.flatMap { Int($0.prefix(while: \.isNumber)) } ?? 0) > 10)
        #expect(Self.errors("question: Q?\n") == ["11: quiz: a quiz block must be a list, found a mapping"])
        #expect(Self.errors("") == ["10: quiz: the block is empty; write a list of `- question:` items"])
    }

    @Test func everyBadQuestionOfABlockIsReportedInOneRun() {
        #expect(Self.errors("- question: Q?\n  answer: x\n  oops: 1\n- question: R?\n  choices:\n    - a\n    - b\n").count == 2)
    }
}
