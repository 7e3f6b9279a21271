import Yams

/// A YAML node that remembers where it was written, so every type error in
/// front matter, `site.yml` or a data file points at its line.
struct YAMLValue: @unchecked Sendable {
    // Yams.Node is a value type without Sendable; we never mutate it.
    let node: Node
    public let location: SourceLocation

    init(node: Node, path: String, lineOffset: Int) {
        self.node = node
        let mark = node.mark
        self.location = SourceLocation(
            path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 0)
        self.lineOffset = lineOffset
    }

    private let lineOffset: Int

    /// Yams builds a new `Constructor` (three dictionaries) for every default argument and reads
    /// the whole environment to pick an encoding; one shared constructor and UTF-8 spare both
    /// on every front matter. A `Constructor` holds only `let` dictionaries, so sharing is safe.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Yams tags every plain scalar as it composes it, trying up to seven regular expressions
    /// (through NSString) to tell `true`, `12` or `1.5` from text: that was most of the time
    /// spent loading 10,000 notes, whose front matter is nearly all text. So documents are
    /// composed untyped. Numbers do not need the tag (Yams parses any plain scalar); a scalar
    /// read as a boolean is resolved with Yams' default rules when it is read.
    private static let untyped = Resolver.basic

    /// Parses `text`; `lineOffset` is added to YAML line numbers (front matter starts on line 2).
    /// Returns nil for an empty document.
    public static func parse(_ text: String, path: String, lineOffset: Int = 0) throws(BuildFailure) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text, YAMLValue.untyped, YAMLValue.constructor, .utf8) else { return nil }
            return YAMLValue(node: node, path: path, lineOffset: lineOffset)
        } catch let error as YamlError {
            throw BuildFailure(.error(describe(error, lineOffset: lineOffset), at: location(of: error, path: path, lineOffset: lineOffset)))
        } catch {
            throw BuildFailure(.error("invalid YAML: \(error)", at: SourceLocation(path: path)))
        }
    }

    private func child(_ node: Node) -> YAMLValue {
        YAMLValue(node: node, path: location.path, lineOffset: lineOffset)
    }

    private func fail(_ message: String) -> BuildFailure {
        BuildFailure(.error(message, at: location))
    }

    /// The raw scalar text, for messages.
    var shown: String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    public var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    /// Key/value pairs in file order. Keys must be strings.
    public func mapping(_ what: String) throws(BuildFailure) -> [(key: String, value: YAMLValue)] {
        guard case .mapping(let mapping) = node else {
            throw fail("\(what) must be a mapping of `key: value` lines, found \(shown)")
        }
        var pairs: [(key: String, value: YAMLValue)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw child(key).fail("\(what): keys must be plain words")
            }
            pairs.append((scalar.string, child(value)))
        }
        return pairs
    }

    public func sequence(_ what: String) throws(BuildFailure) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else {
            throw fail("\(what) must be a list, found \(shown)")
        }
        return sequence.map(child)
    }

    public func string(_ what: String) throws(BuildFailure) -> String {
        guard case .scalar(let scalar) = node else {
            throw fail("\(what) must be text, found \(shown)")
        }
        return scalar.string
    }

    /// The node with the tag Yams' default resolver gives it, which `Bool.construct` checks: a
    /// plain scalar composed untyped (tagged as text) is resolved from its text; quoted
    /// scalars stay text, as in YAML.
    private var typed: Node {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any, scalar.tag.rawValue == Tag.Name.str.rawValue else {
            return node
        }
        return .scalar(Node.Scalar(scalar.string, Tag(.implicit, .default, YAMLValue.constructor), scalar.style, scalar.mark))
    }

    public func int(_ what: String) throws(BuildFailure) -> Int {
        guard case .scalar = node, let value = node.int else {
            throw fail("\(what) must be a whole number, found \(shown)")
        }
        return value
    }

    public func bool(_ what: String) throws(BuildFailure) -> Bool {
        guard case .scalar = node, let value = typed.bool else {
            throw fail("\(what) must be true or false, found \(shown)")
        }
        return value
    }

    public func double(_ what: String) throws(BuildFailure) -> Double {
        guard case .scalar = node, let value = node.float else {
            throw fail("\(what) must be a number, found \(shown)")
        }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    public func strings(_ what: String) throws(BuildFailure) -> [String] {
        if case .scalar = node { return [try string(what)] }
        var result: [String] = []
        for item in try sequence(what) { result.append(try item.string("each item of \(what)")) }
        return result
    }

    /// Where the problem is, except for an unclosed quote or bracket: libyaml notices it only
    /// where the text ends, so the error points at the quote or bracket.
    private static func location(of error: YamlError, path: String, lineOffset: Int) -> SourceLocation {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            let mark = context.flatMap(startsUnclosed).map(\.mark) ?? mark
            return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        default:
            return SourceLocation(path: path, line: lineOffset + 1)
        }
    }

    /// The context of an error, when it is a quoted scalar or a `[…]`/`{…}` never closed.
    private static func startsUnclosed(_ context: YamlError.Context) -> YamlError.Context? {
        context.text.contains("quoted scalar") || context.text.contains("flow") ? context : nil
    }

    private static func describe(_ error: YamlError, lineOffset: Int) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let context = context.flatMap(startsUnclosed) {
                return "invalid YAML: \(problem) \(mark.line == context.mark.line ? "further on" : "by line \(mark.line + lineOffset)") (\(context.text) that starts here)"
            }
            if let context { return "invalid YAML: \(problem) (\(context.text))" }
            return "invalid YAML: \(problem)"
        case .reader(let problem, _, _, _):
            return "invalid YAML: \(problem)"
        default:
            return "invalid YAML: \(error)"
        }
    }
}
