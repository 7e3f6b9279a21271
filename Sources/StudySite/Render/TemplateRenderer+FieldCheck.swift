extension TemplateRenderer {
    /// A warning for each tag that names no field of the context it renders in, such as
    /// `{{titel}}` in page.mustache: swift-mustache would render it as nothing. `roots` says
    /// which context each template renders; partials are checked where they are included,
    /// with the contexts open there, and sections open the context their field holds.
    func unknownFieldWarnings(roots: [(template: String, context: any TemplateContext.Type)]) -> [Diagnostic] {
        var checker = FieldChecker(tags: tags, directory: directory)
        for (template, context) in roots { checker.check(template, frames: [.context(context)], depth: 0) }
        return checker.warnings
    }
}

/// Walks a template's tags as swift-mustache renders them, keeping the stack of contexts.
private struct FieldChecker {
    /// One level of the context stack.
    enum Frame {
        case context(any TemplateContext.Type)
        /// A value without fields (a string or number opened by a section).
        case value
        /// A section whose field is unknown (already reported): anything may resolve inside.
        case unknown
    }

    let tags: [String: [TemplateTag]]
    let directory: String
    var warnings: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    init(tags: [String: [TemplateTag]], directory: String) {
        self.tags = tags
        self.directory = directory
    }

    mutating func check(_ template: String, frames start: [Frame], depth: Int) {
        // Partial cycles are errors of their own; the depth only keeps this walk finite.
        guard depth < 32, let list = tags[template] else { return }
        var frames = start
        var enclosing: [[Frame]] = []
        for tag in list {
            switch tag.kind {
            case .variable, .unescaped:
                _ = resolve(tag, in: frames, template: template)
            case .section:
                let shape = resolve(tag, in: frames, template: template)
                enclosing.append(frames)
                // `{{#first()}}` and the like are flags of the list position: nothing opens.
                if !isSpecial(tag) { frames += opened(by: shape) }
            case .inverted:
                _ = resolve(tag, in: frames, template: template)
                enclosing.append(frames)
            case .block:
                enclosing.append(frames)
            case .parent:
                check(tag.name, frames: frames, depth: depth + 1)
                enclosing.append(frames)
            case .close:
                frames = enclosing.popLast() ?? frames
            case .partial:
                if !tag.name.hasPrefix("*") { check(tag.name, frames: frames, depth: depth + 1) }
            case .other:
                break
            }
        }
    }

    /// `{{.}}`, and `{{index()}}`-style transforms of the list position, name no field.
    private func isSpecial(_ tag: TemplateTag) -> Bool {
        tag.name == "." || (tag.name.isEmpty && !tag.transforms.isEmpty)
    }

    /// The frames a section adds for a field of `shape`.
    private func opened(by shape: TemplateShape?) -> [Frame] {
        switch shape {
        case .object(let type), .list(let type): [.context(type)]
        case .text, .number: [.value]
        case .flag: []
        case nil: [.unknown]
        }
    }

    /// The shape `tag` names, after its transforms; nil (reported) when no context has it.
    private mutating func resolve(_ tag: TemplateTag, in frames: [Frame], template: String) -> TemplateShape? {
        if isSpecial(tag) { return nil }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else { return nil }
        // `.name` looks in the innermost context only.
        let searched = tag.name.hasPrefix(".") ? Array(frames.suffix(1)) : frames
        var shape: TemplateShape?
        for frame in searched.reversed() {
            switch frame {
            case .unknown: return nil
            case .value: continue
            case .context(let type): shape = type.shape(of: first)
            }
            if shape != nil { break }
        }
        guard var current = shape else {
            let contexts = searched.reversed().compactMap { frame -> (any TemplateContext.Type)? in
                if case .context(let type) = frame { return type }
                return nil
            }
            report(tag, template: template, name: first, noun: contexts.first?.noun ?? "this context", candidates: contexts.flatMap { $0.fieldNames })
            return nil
        }
        for part in parts.dropFirst() {
            guard case .object(let type) = current else {
                report(tag, template: template, name: part, noun: "a \(describe(current))", candidates: [])
                return nil
            }
            guard let next = type.shape(of: part) else {
                report(tag, template: template, name: part, noun: type.noun, candidates: type.fieldNames)
                return nil
            }
            current = next
        }
        for transform in tag.transforms.reversed() {
            switch (current, transform) {
            case (.list(let type), "first"), (.list(let type), "last"): current = .object(type)
            case (.list, "reversed"), (.list, "sorted"): break
            case (.text, "capitalized"), (.text, "lowercased"), (.text, "uppercased"), (.text, "reversed"): break
            case (_, "empty"), (_, "even"), (_, "odd"), (_, "equalzero"): current = .flag
            default: return nil
            }
        }
        return current
    }

    private func describe(_ shape: TemplateShape) -> String {
        switch shape {
        case .text: "text"
        case .number: "number"
        case .flag: "flag"
        case .list: "list"
        case .object: "context"
        }
    }

    private mutating func report(_ tag: TemplateTag, template: String, name: String, noun: String, candidates: [String]) {
        var message = "\(tag.text) is not a field of \(noun)"
        if let suggestion = FieldChecker.closest(to: name, in: candidates) { message += " (did you mean \(suggestion)?)" }
        let warning = Diagnostic.warning(
            message, at: SourceLocation(path: TemplateRenderer.display(directory, template + ".mustache"), line: tag.line, column: tag.column))
        if seen.insert(warning).inserted { warnings.append(warning) }
    }

    /// The candidate nearest `name` by edits (a swap of two neighbours counts one), if close.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = max(1, min(2, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = candidate.lowercased() == name.lowercased() ? 0 : editDistance(Array(name), Array(candidate))
            if distance <= limit, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
