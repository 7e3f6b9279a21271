import Foundation

/// Turns one Markdown file into a `Page`: front matter checked, body kept for the Markdown stage.
/// Front matter is optional: without a `title:`, the note's first `#` heading is its title
/// (taken by the Markdown stage), else `fallbackTitle` (the file name made readable).
enum PageLoader {
    static let knownKeys: Set<String> = ["title", "order", "summary", "slug", "terms", "test_yourself"]

    static func load(text: String, path: String, defaultSlug: String, section: String, fallbackTitle: String? = nil, log: DiagnosticLog) throws(BuildFailure) -> (page: Page, markdown: String) {
        let fallbackTitle = fallbackTitle ?? Slug.titleFromFileName(String(defaultSlug.split(separator: "/").last ?? ""))
        let split = try FrontMatter(splitting: text, path: path)
        guard let yaml = split.yaml, let root = try YAMLValue.parse(yaml, path: path, lineOffset: 1) else {
            var page = Page(sourcePath: path, slug: defaultSlug, section: section, title: fallbackTitle, bodyStartLine: split.bodyStartLine)
            page.titleFromHeading = true
            return (page, split.body)
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
        let titled = title.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        var page = Page(
            sourcePath: path, slug: slug, section: section, title: titled ? title! : fallbackTitle, order: order, summary: summary,
            declaredTerms: terms, bodyStartLine: split.bodyStartLine)
        page.titleFromHeading = !titled
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
