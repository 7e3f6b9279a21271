import Foundation

/// `content/glossary.yml`: a list of `{term, definition, aliases, see}` mappings.
enum GlossaryFile {
    static func load(contentDirectory: String) throws(BuildFailure) -> [GlossaryEntry] {
        let url = URL(fileURLWithPath: contentDirectory).appendingPathComponent("glossary.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let path = (contentDirectory as NSString).appendingPathComponent("glossary.yml")
        let text = try ContentLoader.readText(at: url, path: path)
        guard let root = try YAMLValue.parse(text, path: path) else { return [] }
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        for item in try root.sequence("glossary.yml") {
            do {
                entries.append(try entry(item))
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return entries
    }

    private static func entry(_ item: YAMLValue) throws(BuildFailure) -> GlossaryEntry {
        var term: String?
        var definition: String?
        var aliases: [String] = []
        var see: [String] = []
        for (key, value) in try item.mapping("each glossary.yml entry") {
            switch key {
            case "term": term = try value.string("term")
            case "definition": definition = try value.string("definition")
            case "aliases": aliases = try value.strings("aliases")
            case "see": see = try value.strings("see")
            default:
                throw BuildFailure(.error("unknown key `\(key)` in glossary.yml (known: aliases, definition, see, term)", at: value.location))
            }
        }
        guard let term, !term.isEmpty else {
            throw BuildFailure(.error("glossary entry has no `term:`", at: item.location))
        }
        guard let definition, !definition.isEmpty else {
            throw BuildFailure(.error("glossary entry `\(term)` has no `definition:`", at: item.location))
        }
        return GlossaryEntry(term: term, id: "", definition: definition, aliases: aliases, see: see, location: item.location)
    }
}
