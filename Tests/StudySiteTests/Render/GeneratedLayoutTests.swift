import Foundation
import Testing
@testable import StudySite

/// A study page is joined into the halves of its layout instead of being rendered through it
/// (the print page is 84 MB); the result must be the page the layout renders with the body.
@Suite struct GeneratedLayoutTests {
    static let page = GeneratedPage(
        slug: "print", title: "Print \"version\"", description: "All <notes>",
        html: "<article>\n<p>Body &amp; {{body}} text</p>\n</article>\n")

    static func renderer(_ templates: String) throws -> SiteRenderer {
        var site = Site(contentDirectory: "content", config: SiteConfig(title: "T & Co"), sections: [], pages: [])
        site.generatedPages = [page]
        return try SiteRenderer(site: site, templates: TemplateRenderer(directory: templates))
    }

    static func whole(_ renderer: SiteRenderer) throws -> String {
        try renderer.layout(title: page.title, description: page.description, slug: page.slug, body: page.html)
    }

    @Test func theShippedLayoutIsJoinedAroundTheBodyAsItWouldRenderIt() throws {
        let renderer = try Self.renderer(Repository.templates)
        #expect(try renderer.generatedLayout(Self.page) != nil)
        #expect(try renderer.renderGenerated(Self.page) == Self.whole(renderer))
        #expect(try IncrementalOutput.bytes(of: .generated(0), renderer: renderer) == Array(Self.whole(renderer).utf8))
    }

    @Test(arguments: [
        "<main>{{body}}</main>",  // escaped
        "<main>{{{body}}}</main><p>{{{body}}}</p>",  // twice
        "<main>{{{body}}}</main>{{#body}}<p>{{{body}}}</p>{{/body}}",
    ])
    func aLayoutThatUsesTheBodyOtherwiseRendersItWhole(layout: String) throws {
        let folder = try TemplateFieldTests.templates(["layout.mustache": layout])
        let renderer = try Self.renderer(folder.path)
        #expect(try renderer.generatedLayout(Self.page) == nil)
        #expect(try renderer.renderGenerated(Self.page) == Self.whole(renderer))
    }
}
