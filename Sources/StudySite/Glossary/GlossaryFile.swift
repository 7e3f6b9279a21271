import Foundation

/// `content/glossary.yml`: a list of `{term, definition, aliases, see}` mappings.
/// Every problem in the file is reported with its line, all in one go.
enum GlossaryFile {
    static let fileName = "glossary.yml"

    /// The candidates of the file Content read, none when the site has no glossary.yml.
    static func load(_ file: TextFile?, log: DiagnosticLog) throws(BuildFailure) -> [GlossaryCandidate] {
        guard let file else { return [] }
        return try parse(file.text, path: file.path, log: log)
    }

    static func parse(_ text: String, path: String, log: DiagnosticLog) throws(BuildFailure) -> [GlossaryCandidate] {
        guard let root = try YAMLValue.parse(text, path: path) else { return [] }
        var candidates: [GlossaryCandidate] = []
        var problems: [Diagnostic] = []
        for item in try root.sequence("\(fileName) (a list of `- term: …` entries)") {
            do {
                candidates.append(try candidate(item, log: log))
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return candidates
    }

    private static func candidate(_ item: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> GlossaryCandidate {
        var term: String?
        var definition: String?
        var aliases: [(String, SourceLocation)] = []
        var see: [(String, SourceLocation)] = []
        var link = TermLinkMode.always
        var excluded = false
        var overrides = false
        var patches = false
        for (key, value) in try item.mapping("each \(fileName) entry") {
            switch key {
            case "link":
                let text = try value.string("link")
                guard let mode = TermLinkMode(rawValue: text) else {
                    throw BuildFailure(.error("link must be always, exact-case or never, found \"\(text)\"", at: value.location))
                }
                link = mode
                patches = true
            case "exclude": excluded = try value.bool("exclude")
            case "override": overrides = try value.bool("override")
            case "term": term = try value.string("term").trimmingCharacters(in: .whitespaces)
            case "definition": definition = try value.string("definition").trimmingCharacters(in: .whitespacesAndNewlines)
            case "aliases":
                aliases = try names(value, "aliases")
                patches = true
            case "see":
                see = try names(value, "see")
                patches = true
            default:
                log.report(.unknownKey(key, in: fileName, known: ["aliases", "definition", "exclude", "link", "override", "see", "term"], at: value.location))
            }
        }
        guard let term, !term.isEmpty else {
            throw BuildFailure(.error("\(fileName) entry has no `term:`", at: item.location))
        }
        // Without a definition, an entry excludes a term of the notes or adjusts it (link, aliases, see).
        guard excluded || patches || !(definition ?? "").isEmpty else {
            throw BuildFailure(.error("\(fileName) entry `\(term)` has no `definition:`", at: item.location))
        }
        var entry = GlossaryEntry(
            term: term, id: "", definition: definition ?? "", aliases: aliases.map(\.0), see: see.map(\.0), location: item.location)
        entry.link = link
        var candidate = GlossaryCandidate(entry: entry, origin: .dataFile, aliasLocations: aliases.map(\.1), seeLocations: see.map(\.1))
        candidate.excluded = excluded
        candidate.overrides = overrides
        return candidate
    }

    /// A list of names, each with its own line; a single name is a list of one.
    private static func names(_ value: YAMLValue, _ what: String) throws(BuildFailure) -> [(String, SourceLocation)] {
        let items: [YAMLValue]
        do {
            items = try value.sequence(what)
        } catch {
            items = [value]  // a single name; `string` below rejects a mapping with its line
        }
        var result: [(String, SourceLocation)] = []
        for item in items {
            let name = try item.string("each item of \(what)").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw BuildFailure(.error("empty name in \(what)", at: item.location)) }
            result.append((name, item.location))
        }
        return result
    }
}
