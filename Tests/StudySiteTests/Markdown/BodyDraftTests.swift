import PropertyBased
import Testing
@testable import StudySite

/// The one Markdown pass leaves holes in a note's HTML and fills them later;
/// filled without term links, the HTML is what cmark itself renders.
@Suite struct BodyDraftTests {
    let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())

    func finished(_ markdown: String, slug: String = "notes") throws -> String {
        let page = Page(sourcePath: "content/\(slug).md", slug: slug, title: "T")
        return compiler.compile(page, markdown: markdown).draft.finish(terms: nil, blocks: [:])
    }

    @Test func proseComesOutAsCmarkRendersIt() throws {
        let markdown = """
            Quotes "double" and 'single', 5 < 6 > 4 & more: `a < b` and *emphasis & co*.

            - Item with **bold** text, ~~struck~~ and https://aws.amazon.com/ec2/
            - [A link "titled"](https://example.com/?a=1&b=2) then text

            > Quoted & escaped <not a tag>
            """
        let cmark = try CMark.withDocument(markdown) { $0.renderHTML() }
        #expect(try finished(markdown) == cmark)
        #expect(cmark.contains("&quot;double&quot; and 'single', 5 &lt; 6 &gt; 4 &amp; more"))
    }

    @Test func wrappedLinesComeOutAsCmarkRendersThem() throws {
        let markdown = """
            A paragraph wrapped
            over three lines, *with emphasis*
            and a [link that
            wraps](https://example.com/) & more.

            - An item that
              wraps, then a hard break\\
              and the rest
            > A quote that
            > wraps too.
            """
        let cmark = try CMark.withDocument(markdown) { $0.renderHTML() }
        #expect(try finished(markdown) == cmark)
    }

    /// A phrase wrapped onto the next line of the Markdown is still linked (the line break is
    /// kept as written), but not one split by a hard break or across paragraphs.
    @Test func aWrappedPhraseIsLinked() throws {
        let markdown = "Each Availability\nZone is separate.\n\nAn Availability\\\nZone after a hard break.\n"
        let page = Page(sourcePath: "content/notes.md", slug: "notes", title: "T")
        let linker = TermLinker(
            matcher: TermMatcher(phrases: [["Availability Zone"]]),
            targets: [TermLinker.Target(href: "glossary.html#term-az", title: "AZ")], onlyFirst: false)
        let html = compiler.compile(page, markdown: markdown).draft.finish(terms: linker, blocks: [:])
        #expect(html == """
            <p>Each <a class="term" href="glossary.html#term-az"><abbr title="AZ">Availability
            Zone</abbr></a> is separate.</p>
            <p>An Availability<br />
            Zone after a hard break.</p>

            """)
    }

    @Test func footnotesTaskListsAndTablesComeOutAsCmarkRendersThem() throws {
        let markdown = """
            Text with a note[^a] and another[^b], and the first again[^a].

            - [x] done & dusted
            - [ ] not yet

            | Name | Value |
            |:-----|------:|
            | *a* & b | `c` |

            [^a]: The note, with **bold** text.
            [^b]: The other note.
            [^unused]: Never referenced.
            """
        let cmark = try CMark.withDocument(markdown) { $0.renderHTML() }
        let html = try finished(markdown)
        // Tables are wrapped for scrolling and their header cells scoped; the rest is cmark's.
        let unwrapped = html
            .replacingOccurrences(of: "<div class=\"table-scroll\" tabindex=\"0\">\n", with: "")
            .replacingOccurrences(of: "</table>\n</div>\n", with: "</table>\n")
            .replacingOccurrences(of: " scope=\"col\"", with: "")
            // Body cells are labelled with their column header for phones.
            .replacingOccurrences(of: " data-label=\"Name\"", with: "")
            .replacingOccurrences(of: " data-label=\"Value\"", with: "")
            // Task-list boxes are named (TaskListLabels).
            .replacingOccurrences(of: " aria-label=\"Done\"", with: "")
            .replacingOccurrences(of: " aria-label=\"To do\"", with: "")
        #expect(unwrapped == cmark)
        #expect(cmark.contains("The note, with <strong>bold</strong> text."))
    }

    /// U+0001, written or as an entity, is text like any other: it once marked the holes.
    @Test func theByteThatOnceMarkedHolesIsKeptAsCmarkKeepsIt() throws {
        let html = try finished("Before\u{1}after and *more&#1;text*.\n\n# A &#x1; b\n\nLast.\n")
        #expect(html.hasPrefix("<p>Before\u{1}after and <em>more\u{1}text</em>.</p>\n<h1 id="))
        #expect(html.hasSuffix("</h1>\n<p>Last.</p>\n"))
    }

    @Test func linksInHeadingsAreRewrittenLikeAnyOther() throws {
        let html = try finished("## See [the VPC page](vpc.md#subnets)\n", slug: "networking/intro")
        #expect(html.contains("<a href=\"vpc.html#subnets\">the VPC page</a>"))
        #expect(html.hasPrefix("<h2 id=\"see-the-vpc-page\">"))
    }
}

/// No note can forge a hole: with nothing to link and no blocks, every note comes out exactly
/// as cmark-gfm renders it, whatever control characters and entities it holds.
@Suite struct HoleMarkerPropertyTests {
    let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())

    /// Pieces of Markdown that do not make headings, tables or `.md` links (the pass rewrites
    /// those on purpose), mixed with everything that could spell a hole.
    static let pieces = [
        "&#1;", "&#x1;", "&#X01;", "&#0;", "&#01;", "\u{0}", "\u{1}", "\u{1}\u{1}", "<\u{1}>", "<\u{1}\u{1}>", "<", ">", "\u{2}", "\u{7F}",
        "\t", "\r", "\r\n", "\n", "\n\n", "&", "&amp;", "\"", "'", "*", "_", "`", "\\", " ", "word", "é", "\u{FFFD}",
        "```", "```&#1;x\n", "~~~ &#x1; info\n", "[a](https://e.com \"t&#1;\")", "[b](&#1;)", "![i](p.png \"&#x1;\")",
        "<b>", "<span title=\"&#1;\">", "</span>", "<!-- \u{1} -->", "* ", "> ", "1. ", "    ", "[^n]", "\n\n[^n]: note &#1;\n",
        "https://example.com/&#1;", "~~s~~", "**", "- [ ] ",
        "\n\n| a &#1; | `\u{1}` |\n|---|:-:|\n| [x](y \"&#1;\") | b <\u{1}> c |\n", "\n\n| a | b |\n|---|---|\n| c | d\u{1} |\n",
    ]

    @Test func notesRenderExactlyAsCmarkGFM() throws {
        var random = Xoshiro(seed: (13, 1, 2, 3))  // fixed: a failure names its case and reproduces
        let notes = Gen.element(of: Self.pieces).map { $0! }.array(of: 1...40).map { $0.joined() }
        for index in 0..<400 {
            let markdown = notes.run(using: &random)
            let page = Page(sourcePath: "content/n.md", slug: "n", title: "T")
            // On purpose: tables are wrapped for scrolling, their header cells scoped and their
            // cells labelled for phone cards; code blocks are tab stops so keyboards scroll them;
            // task-list boxes are named.
            let draft = compiler.compile(page, markdown: markdown).draft.finish(terms: nil, blocks: [:])
                .replacingOccurrences(of: " aria-label=\"Done\"", with: "")
                .replacingOccurrences(of: " aria-label=\"To do\"", with: "")
                .replacingOccurrences(of: "<div class=\"table-scroll\" tabindex=\"0\">\n", with: "")
                .replacingOccurrences(of: "</table>\n</div>\n", with: "</table>\n")
                .replacingOccurrences(of: " scope=\"col\"", with: "")
                .replacingOccurrences(of: "<table class=\"cards\">", with: "<table>")
                .replacingOccurrences(of: "<pre tabindex=\"0\">", with: "<pre>")
                .replacing(#/ data-label="[^"]*"/#, with: "")
            let cmark = try CMark.withDocument(markdown) { $0.renderHTML() }
            #expect(draft == cmark, "case \(index): \(markdown.debugDescription)")
        }
    }
}
