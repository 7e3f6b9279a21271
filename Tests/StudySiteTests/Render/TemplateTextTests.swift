import Testing
@testable import StudySite

/// Strings reach the templates as `TemplateText`: escaped or raw as the tag says, usable
/// as a section, falling through to outer keys inside it, and open to transforms.
@Suite struct TemplateTextTests {
    func render(_ template: String, _ context: NotFoundContext) throws -> String {
        let folder = try TemporaryDirectory()
        try folder.write(["t.mustache": template])
        return try TemplateRenderer(directory: folder.path, required: ["t"]).render(context, template: "t")
    }

    @Test func stringsRenderEscapedRawAsSectionsAndThroughTransforms() throws {
        let context = NotFoundContext(title: "R&D <now>", home: "index.html")
        #expect(try render("{{title}}|{{{title}}}", context) == "R&amp;D &lt;now&gt;|R&D <now>")
        #expect(try render("{{#title}}[{{.}} {{home}}]{{/title}}{{^title}}none{{/title}}", context) == "[R&amp;D &lt;now&gt; index.html]")
        #expect(try render("{{uppercased(home)}} {{#empty(home)}}empty{{/empty(home)}}", context) == "INDEX.HTML ")
    }
}
