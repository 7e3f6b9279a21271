extension TemplateRenderer {
    /// A partial that includes itself, directly or through others, would render until the
    /// stack overflows; each such cycle is an error at the tag in its first template
    /// (by name) that leads back into it.
    static func partialCycles(in tags: [String: [TemplateTag]], directory: String) -> [Diagnostic] {
        var edges: [String: [TemplateTag]] = [:]
        for (name, list) in tags {
            edges[name] = list.filter { ($0.kind == .partial || $0.kind == .parent) && !$0.name.hasPrefix("*") && tags[$0.name] != nil }
        }
        var reported: Set<[String]> = []
        var problems: [Diagnostic] = []
        var finished: Set<String> = []
        func visit(_ name: String, path: [String]) {
            if let start = path.firstIndex(of: name) {
                var cycle = Array(path[start...])
                // The same cycle is found from each of its templates: start it at the least name.
                let first = cycle.indices.min { cycle[$0] < cycle[$1] }!
                cycle = Array(cycle[first...] + cycle[..<first])
                guard reported.insert(cycle).inserted else { return }
                let next = cycle.count > 1 ? cycle[1] : cycle[0]
                let tag = edges[cycle[0]]!.first { $0.name == next }!
                problems.append(.error(
                    "partial cycle: \((cycle + [cycle[0]]).joined(separator: " → ")); a template may not include itself, directly or through other partials",
                    at: SourceLocation(path: display(directory, cycle[0] + ".mustache"), line: tag.line, column: tag.column)))
                return
            }
            guard !finished.contains(name) else { return }
            for tag in edges[name] ?? [] { visit(tag.name, path: path + [name]) }
            finished.insert(name)
        }
        for name in edges.keys.sorted() { visit(name, path: []) }
        return problems
    }
}
