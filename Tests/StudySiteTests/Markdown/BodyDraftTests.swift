import Testing
@testable import StudySite

/// The one Markdown pass leaves holes in a note's HTML and fills them later;
/// filled without term links, the HTML is what cmark itself renders.
@Suite struct BodyDraftTests {
    let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())

    func finished(_ markdown: String, slug: String = "notes") throws -> String {
        let page = Page(sourcePath: "content/\(slug).md", slug: slug, title: "T", markdown: markdown)
        return compiler.compile(page).draft.finish(terms: nil, blocks: [:])
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
        let page = Page(sourcePath: "content/notes.md", slug: "notes", title: "T", markdown: markdown)
        let linker = TermLinker(
            matcher: TermMatcher(phrases: [["Availability Zone"]]),
            targets: [TermLinker.Target(href: "glossary.html#term-az", title: "AZ")], onlyFirst: false)
        let html = compiler.compile(page).draft.finish(terms: linker, blocks: [:])
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
        #expect(unwrapped == cmark)
        #expect(cmark.contains("The note, with <strong>bold</strong> text."))
    }

    @Test func aControlCharacterThatMarksHolesBecomesAReplacementCharacter() throws {
        let html = try finished("Before\u{1}after and *more\u{1}text*.\n")
        #expect(html == "<p>Before\u{FFFD}after and <em>more\u{FFFD}text</em>.</p>\n")
    }

    @Test func linksInHeadingsAreRewrittenLikeAnyOther() throws {
        let html = try finished("## See [the VPC page](vpc.md#subnets)\n", slug: "networking/intro")
        #expect(html.contains("<a href=\"vpc.html#subnets\">the VPC page</a>"))
        #expect(html.hasPrefix("<h2 id=\"see-the-vpc-page\">"))
    }
}
