import Foundation
import Testing
@testable import StudySite

/// The shipped templates over a site that fills every field: each tag prints something,
/// and the people's text in them is escaped.
@Suite struct ShippedTemplatesTests {
    /// A site with every optional field set: summaries, author, base_url, sections, h2 and
    /// h3 headings, a defined term with aliases and "see also", a term used on more pages
    /// than the glossary lists, and one filed under `#`.
    static func fullSite(title: String = "Intro", heading: String = "Key terms", term: String = "Widget") throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        // In Markdown, `<` starts raw HTML; the notes escape it to mean the character.
        let written = term.replacingOccurrences(of: "<", with: "\\<")
        var files = [
            "content/site.yml": "title: Course\ndescription: All of it\nauthor: Me\nlanguage: en\nbase_url: \"https://example.org/course/\"\nstart: intro\nsections:\n  - title: First\n    summary: Where to begin\n    pages: [intro]\n",
            "content/glossary.yml": """
                - term: "\(term)"
                  aliases: [gadget thing]
                  definition: "A small part."
                  see: [Gizmo]
                - term: "3D print"
                  definition: "Printing in three dimensions."

                """,
            "content/intro.md": "---\ntitle: \"\(title)\"\norder: 1\nsummary: \"\(title)\"\n---\n\n## \(heading.replacingOccurrences(of: "<", with: "\\<"))\n\n- **Gizmo**: A clever device\n\n### Detail\n\nA \(written) here.\n",
        ]
        // A root note outside the `sections:` groups, listed on its own in the sidebar.
        files["content/aside.md"] = "---\ntitle: Aside\norder: 2\n---\n\nSide note.\n"
        // A note without `title:`: its title and the h1's id come from its first heading.
        files["content/more/untitled.md"] = "---\norder: 28\n---\n# From its heading\n\nText.\n"
        for number in 1...27 {
            files["content/more/n\(number).md"] = "---\ntitle: Note \(number)\norder: \(number)\nsummary: About \(number)\n---\n\n## Part\n\nA \(written), a gizmo and a 3D print.\n"
        }
        try folder.write(files)
        return folder
    }

    static let variableTag = try! NSRegularExpression(pattern: #"\{\{\{[^}]+\}\}\}|\{\{[^#^/!>=<$%{][^}]*\}\}"#)

    @Test func everyTagOfEveryShippedTemplatePrintsSomething() throws {
        let folder = try Self.fullSite()
        // Each variable tag is wrapped in a marker naming it: ⟦page.3:…:page.3⟧.
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        var tagsByID: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".mustache") {
            let file = templates.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            let template = String(name.dropLast(".mustache".count))
            var marked = text
            let matches = Self.variableTag.matches(in: text, range: NSRange(text.startIndex..., in: text))
            for (index, match) in matches.enumerated().reversed() {
                let range = Range(match.range, in: text)!
                let id = "\(template).\(index)"
                tagsByID[id] = String(text[range])
                marked.replaceSubrange(range, with: "⟦\(id):\(text[range]):\(id)⟧")
            }
            try Data(marked.utf8).write(to: file)
        }
        #expect(tagsByID.count > 40, "the shipped templates have more tags than were found")
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: templates.path, outputDirectory: folder.path("_site")),
            log: DiagnosticLog())
        var printed: Set<String> = []
        let marker = try NSRegularExpression(pattern: #"⟦([0-9a-z]+\.[0-9]+):(.*?):\1⟧"#, options: [.dotMatchesLineSeparators])
        for (path, data) in try FileTree.read(folder.url.appendingPathComponent("_site")) where path.hasSuffix(".html") {
            var pending = [String(decoding: data, as: UTF8.self)]
            while let html = pending.popLast() {
                for match in marker.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                    let value = String(html[Range(match.range(at: 2), in: html)!])
                    if !value.isEmpty { printed.insert(String(html[Range(match.range(at: 1), in: html)!])) }
                    pending.append(value)
                }
            }
        }
        let silent = tagsByID.filter { !printed.contains($0.key) }.map { "\($0.key) \($0.value)" }.sorted()
        #expect(silent.isEmpty, "tags that printed nothing on any page: \(silent)")
    }

    @Test func peoplesTextIsEscapedInEveryPlaceTheTemplatesShowIt() throws {
        let text = "A & B <i>"
        let escaped = "A &amp; B &lt;i&gt;"
        let folder = try Self.fullSite(title: text, heading: text, term: text)
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: folder.path("content"), templatesDirectory: Repository.templates, outputDirectory: folder.path("_site")),
            log: DiagnosticLog())
        let note = try folder.read("_site/intro.html")
        let home = try folder.read("_site/index.html")
        let glossary = try folder.read("_site/glossary.html")
        let sectionPage = try folder.read("_site/more/n1.html")
        #expect(note.contains("<title>\(escaped) · Course</title>"))
        #expect(note.contains("<h1>\(escaped)</h1>"))
        #expect(note.contains("<p class=\"summary\">\(escaped)</p>"))
        #expect(note.contains("<meta name=\"description\" content=\"\(escaped)\">"))
        let toc = note.components(separatedBy: "<nav class=\"toc toc-side\"").last?.components(separatedBy: "</nav>").first ?? ""
        #expect(toc.contains(">\(escaped)</a>"), "table of contents")
        #expect(sectionPage.contains("<a href=\"../intro.html\">\(escaped)</a>"), "sidebar")
        #expect(sectionPage.contains("<span class=\"pager-label\">Previous</span> \(escaped)</a>"), "pager")
        #expect(home.contains("<a href=\"intro.html\">\(escaped)</a><p>\(escaped)</p>"), "home page entry and summary")
        #expect(glossary.contains("<dfn>\(escaped)</dfn>"))
        for (name, html) in [("intro", note), ("index", home), ("glossary", glossary), ("more/n1", sectionPage)] {
            #expect(!html.contains("<i>"), "raw <i> in \(name).html")
        }
    }
}
