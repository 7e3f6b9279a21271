import Foundation

/// Turns one Markdown file into a `Page`: front matter checked, body kept for the Markdown stage.
enum PageLoader {
    static let knownKeys: Set<String> = ["title", "order", "summary", "slug", "terms", "test_yourself"]

    static func load(text: String, path: String, defaultSlug: String, section: String, log: DiagnosticLog) throws(BuildFailure) -> (page: Page, markdown: String) {
        let split = try FrontMatter(splitting: text, path: path)
        guard let yaml = split.yaml, let root = try YAMLValue.parse(yaml, path: path, lineOffset: 1) else {
            throw BuildFailure(.error("no front matter: start the file with `---`, a `title:` line and `---`", at: SourceLocation(path: path, line: 1, column: 1)))
        }
        var title: String?
        var order = 0
        var summary = ""
        var slug = defaultSlug
        var terms: [DeclaredTerm] = []
        var testYourself: Bool?
        for (key, value) in try root.mapping("front matter") {
            switch key {
            case "title": title = try value.string("title")
            case "order": order = try value.int("order")
            case "summary": summary = try value.string("summary")
            case "slug":
                let name = try value.string("slug")
                guard Slug.isValidFileName(name) else {
                    throw BuildFailure(.error("slug \"\(name)\" may only use lowercase letters, digits, `-` and `_`", at: value.location))
                }
                slug = section.isEmpty ? name : section + "/" + name
            case "terms": terms = try declaredTerms(value)
            case "test_yourself": testYourself = try value.bool("test_yourself")
            default:
                log.report(.unknownKey(key, in: "front matter", known: knownKeys, at: value.location))
            }
        }
        guard let title, !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BuildFailure(.error("front matter has no `title:`", at: root.location))
        }
        var page = Page(
            sourcePath: path, slug: slug, section: section, title: title, order: order, summary: summary,
            declaredTerms: terms, bodyStartLine: split.bodyStartLine)
        page.testYourself = testYourself
        return (page, split.body)
    }

    /// `terms:` is a list of `{term, definition}` mappings.
    private static func declaredTerms(_ value: YAMLValue) throws(BuildFailure) -> [DeclaredTerm] {
        var terms: [DeclaredTerm] = []
        var testYourself: Bool?
        for item in try value.sequence("terms") {
            var term: String?
            var definition: String?
            for (key, field) in try item.mapping("each item of terms") {
                switch key {
                case "term": term = try field.string("term")
                case "definition": definition = try field.string("definition")
                default:
                    throw BuildFailure(.error("unknown key `\(key)` in terms (known: term, definition)", at: field.location))
                }
            }
            guard let term, let definition else {
                throw BuildFailure(.error("each item of terms needs `term:` and `definition:`", at: item.location))
            }
            terms.append(DeclaredTerm(term: term, definition: definition, location: item.location))
        }
        return terms
    }
}
