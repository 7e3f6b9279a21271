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
        for (key, value) in try item.mapping("each \(fileName) entry") {
            switch key {
            case "term": term = try value.string("term").trimmingCharacters(in: .whitespaces)
            case "definition": definition = try value.string("definition").trimmingCharacters(in: .whitespacesAndNewlines)
            case "aliases": aliases = try names(value, "aliases")
            case "see": see = try names(value, "see")
            default:
                log.report(.unknownKey(key, in: fileName, known: ["aliases", "definition", "see", "term"], at: value.location))
            }
        }
        guard let term, !term.isEmpty else {
            throw BuildFailure(.error("\(fileName) entry has no `term:`", at: item.location))
        }
        guard let definition, !definition.isEmpty else {
            throw BuildFailure(.error("\(fileName) entry `\(term)` has no `definition:`", at: item.location))
        }
        return GlossaryCandidate(
            entry: GlossaryEntry(
                term: term, id: "", definition: definition, aliases: aliases.map(\.0), see: see.map(\.0), location: item.location),
            origin: .dataFile, aliasLocations: aliases.map(\.1), seeLocations: see.map(\.1))
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
