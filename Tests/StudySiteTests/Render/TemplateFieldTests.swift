import Foundation
import Testing
@testable import StudySite

/// A tag naming no field renders as nothing in swift-mustache; the build warns at its
/// `template:line:col`, following sections and partials into the context they open.
@Suite struct TemplateFieldTests {
    /// The shipped templates with `files` replaced or added.
    static func templates(_ files: [String: String]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.removeItem(at: folder.url)
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path)
        try folder.write(files)
        return folder
    }

    static func warnings(_ files: [String: String]) throws -> [String] {
        let folder = try templates(files)
        let renderer = try TemplateRenderer(directory: folder.path)
        return renderer.unknownFieldWarnings(roots: SiteRenderer.templateContexts).map {
            $0.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test func theShippedTemplatesNameOnlyFields() throws {
        let renderer = try TemplateRenderer(directory: Repository.templates)
        #expect(renderer.unknownFieldWarnings(roots: SiteRenderer.templateContexts).isEmpty)
    }

    @Test func aMisspelledFieldIsAWarningThroughTheBinaryAndTheBuildStillWorks() throws {
        let folder = try BuildErrorTests.workingSite()
        let path = folder.path("templates/page.mustache")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: ">{{title}}</h1>", with: ">{{titel}}</h1>").utf8).write(to: URL(fileURLWithPath: path))
        let result = try runStudySite(["build", "content", "--templates", "templates", "--output", "_site"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("templates/page.mustache:3:46: warning: {{titel}} is not a field of a page (did you mean title?)\n"), "\(result.stderr)")
    }

    @Test func sectionsOpenTheContextOfTheirField() throws {
        let page = """
            {{#toc}}{{text}} {{title}} {{txt}}{{#children}}{{id}}{{idd}}{{/children}}{{/toc}}
            {{^toc}}{{text}}{{/toc}}
            {{#hasTOC}}{{title}}{{/hasTOC}}{{#summary}}{{summary}}{{/summary}}
            {{#previous}}{{href}}{{/previous}}{{previous.title}}{{previous.titel}}
            {{uppercased(title)}}{{#first(toc)}}{{text}}{{/first(toc)}}{{#toc}}{{#first()}}{{text}}{{/first()}}{{/toc}}
            {{#nope}}{{anything}}{{/nope}}{{{content}}}{{&root}}
            """
        #expect(try Self.warnings(["page.mustache": page]) == [
            "page.mustache:1:28: warning: {{txt}} is not a field of a table-of-contents entry (did you mean text?)",
            "page.mustache:1:54: warning: {{idd}} is not a field of a table-of-contents entry (did you mean id?)",
            "page.mustache:2:9: warning: {{text}} is not a field of a page (did you mean next?)",
            "page.mustache:4:53: warning: {{previous.titel}} is not a field of a previous or next page (did you mean title?)",
            "page.mustache:6:1: warning: {{#nope}} is not a field of a page",
        ])
    }

    @Test func aPartialIsCheckedInTheContextWhereItIsIncluded() throws {
        let warnings = try Self.warnings([
            "page.mustache": "{{#toc}}{{> entry}}{{/toc}}\n{{> entry}}\n",
            "entry.mustache": "<li>{{text}}</li>\n",
        ])
        // Inside {{#toc}} it is fine; included at the top of the page, `text` is nothing.
        #expect(warnings == ["entry.mustache:1:5: warning: {{text}} is not a field of a page (did you mean next?)"])
    }

    @Test func otherDelimitersAndCommentsAreRead() throws {
        let warnings = try Self.warnings(["404.mustache": "{{! {{titel}} }}\n{{=<% %>=}}\n<%titel%> <%home%>\n"])
        #expect(warnings == ["404.mustache:3:1: warning: <%titel%> is not a field of the 404 page (did you mean title?)"])
    }
}
