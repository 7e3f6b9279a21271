/// One question of a ` ```quiz ` block in a note.
struct QuizQuestion: Sendable, Equatable {
    /// Anchor on its page and the stable part of its Anki id: `quiz-` and the slug of
    /// `id:` when given, else of the question's text.
    public var id: String
    /// The page it is on.
    public var pageSlug: String
    /// The question as Markdown.
    public var prompt: String
    public var kind: Kind
    /// Markdown, optional.
    public var explanation: String?
    /// Where the question's list item starts in the note.
    public var location: SourceLocation

    public enum Kind: Sendable, Equatable {
        /// Free recall: the answer (Markdown) is revealed on demand.
        case answer(String)
        /// Multiple choice; exactly the `correct` ones are right (one: radio buttons, more: checkboxes).
        case choices([QuizChoice])
    }

    public init(id: String, pageSlug: String, prompt: String, kind: Kind, explanation: String? = nil, location: SourceLocation) {
        self.id = id
        self.pageSlug = pageSlug
        self.prompt = prompt
        self.kind = kind
        self.explanation = explanation
        self.location = location
    }

    public var choices: [QuizChoice] {
        if case .choices(let choices) = kind { return choices }
        return []
    }

    /// More than one correct choice: the reader ticks checkboxes.
    public var isMultipleAnswer: Bool { choices.filter(\.isCorrect).count > 1 }
}

struct QuizChoice: Sendable, Equatable {
    /// Markdown (inline).
    public var text: String
    public var isCorrect: Bool

    public init(text: String, isCorrect: Bool) {
        self.text = text
        self.isCorrect = isCorrect
    }
}
