import Foundation

/// Reads the YAML of a ` ```quiz ` block: a list of questions, each a mapping with
/// `question:` and either `answer:` or `choices:`, and optionally `explain:` and `id:`.
/// A choice is a plain item (`- "text"`, wrong) or `- correct: "text"`. Every problem of
/// every question is reported, each at the line of the item it is about.
enum QuizParser {
    static let blockName = "quiz"
    static let knownKeys = ["answer", "choices", "explain", "id", "question"]

    /// The block's questions; ids are not yet unique on the page (see `QuizIDs`).
    static func questions(in block: GeneratorBlock, pageSlug: String) throws(BuildFailure) -> [QuizQuestion] {
        let root: YAMLValue?
        do {
            root = try YAMLValue.parse(block.body, path: block.location.path, lineOffset: block.location.line)
        } catch {
            throw prefixed(error)
        }
        guard let root else { throw BuildFailure(.error("quiz: the block is empty; write a list of `- question:` items", at: block.location)) }
        let items: [YAMLValue]
        do {
            items = try root.sequence("a quiz block")
        } catch {
            throw prefixed(error)
        }
        guard !items.isEmpty else { throw BuildFailure(.error("quiz: the block has no questions", at: block.location)) }
        var questions: [QuizQuestion] = []
        var problems: [Diagnostic] = []
        for item in items {
            do {
                questions.append(try question(item, pageSlug: pageSlug))
            } catch {
                problems += prefixed(error).diagnostics
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return questions
    }

    private static func question(_ item: YAMLValue, pageSlug: String) throws(BuildFailure) -> QuizQuestion {
        var fields: [String: YAMLValue] = [:]
        var problems: [Diagnostic] = []
        for (key, value) in try item.mapping("each question") {
            if !knownKeys.contains(key) {
                problems.append(.error("unknown key `\(key)` (known: \(knownKeys.joined(separator: ", ")))", at: value.location))
            } else if fields[key] != nil {
                problems.append(.error("`\(key)` is given twice", at: value.location))
            } else {
                fields[key] = value
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        let prompt = try nonEmptyText(fields["question"], key: "question", item: item)
        let id = try fields["id"].map { value throws(BuildFailure) in try nonEmptyText(value, key: "id", item: item) }
        let explanation = try fields["explain"].map { value throws(BuildFailure) in try nonEmptyText(value, key: "explain", item: item) }
        let kind: QuizQuestion.Kind
        switch (fields["answer"], fields["choices"]) {
        case (let answer?, nil):
            kind = .answer(try nonEmptyText(answer, key: "answer", item: item))
        case (nil, let choices?):
            kind = .choices(try self.choices(choices))
        case (.some, .some(let choices)):
            throw BuildFailure(.error("a question has either `answer:` (free recall) or `choices:` (multiple choice), not both", at: choices.location))
        case (nil, nil):
            throw BuildFailure(.error("the question needs `answer:` (free recall) or `choices:` (multiple choice)", at: item.location))
        }
        return QuizQuestion(
            id: "quiz-" + shortSlug(id ?? MarkdownText.plain(prompt)), pageSlug: pageSlug, prompt: prompt,
            kind: kind, explanation: explanation, location: item.location)
    }

    /// `- "wrong"` or `- correct: "right"`; at least two, all different, at least one correct.
    private static func choices(_ value: YAMLValue) throws(BuildFailure) -> [QuizChoice] {
        let items = try value.sequence("choices")
        var choices: [QuizChoice] = []
        var problems: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            var choice: QuizChoice
            if item.isSequence {
                problems.append(.error("a choice is `- \"text\"` or `- correct: \"text\"`, found a list", at: item.location))
                continue
            } else if let pairs = try? item.mapping("a choice") {
                guard pairs.count == 1, let pair = pairs.first, pair.key == "correct" else {
                    let keys = pairs.map { "`\($0.key)`" }.joined(separator: ", ")
                    problems.append(.error("a choice is `- \"text\"` or `- correct: \"text\"`, found \(keys)", at: item.location))
                    continue
                }
                choice = QuizChoice(text: try pair.value.string("a correct choice"), isCorrect: true)
            } else {
                choice = QuizChoice(text: try item.string("a choice"), isCorrect: false)
            }
            choice.text = choice.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if choice.text.isEmpty {
                problems.append(.error("a choice is empty", at: item.location))
                continue
            }
            let key = choice.text.lowercased()
            if let first = seen[key] {
                problems.append(.error("duplicate choice \"\(choice.text)\" (first at line \(first.line))", at: item.location))
                continue
            }
            seen[key] = item.location
            choices.append(choice)
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        if choices.count < 2 {
            throw BuildFailure(.error("`choices:` needs at least two choices", at: value.location))
        }
        if !choices.contains(where: \.isCorrect) {
            throw BuildFailure(.error("no choice is marked correct; write the right one as `- correct: \"text\"`", at: value.location))
        }
        return choices
    }

    /// The slug of the first eight words: long enough to tell questions apart, short enough for an anchor.
    static func shortSlug(_ text: String) -> String {
        Slugger.slugify(text).split(separator: "-").prefix(8).joined(separator: "-")
    }

    private static func nonEmptyText(_ value: YAMLValue?, key: String, item: YAMLValue) throws(BuildFailure) -> String {
        guard let value else { throw BuildFailure(.error("the question has no `\(key):`", at: item.location)) }
        let text = try value.string(key).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw BuildFailure(.error("`\(key):` is empty", at: value.location)) }
        return text
    }

    private static func prefixed(_ failure: BuildFailure) -> BuildFailure {
        BuildFailure(failure.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if !diagnostic.message.hasPrefix(blockName + ": ") { diagnostic.message = blockName + ": " + diagnostic.message }
            return diagnostic
        })
    }
}
