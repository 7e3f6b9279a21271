import Testing
@testable import StudySite

/// Raw HTML in notes, `html: safe`: sanitized in place, across cmark's pieces, with the
/// Markdown and the draft's holes between them kept as the Markdown pass made them.
@Suite struct RawHTMLNoteTests {
    let compiler = MarkdownCompiler(generatorNames: ["demo"], options: CMark.Options(), rawHTML: .safe)

    func compiled(_ markdown: String) -> DocumentAnalysis {
        compiler.compile(Page(sourcePath: "content/notes/a.md", slug: "notes/a", title: "T"), markdown: markdown)
    }

    func html(_ markdown: String) -> String {
        compiled(markdown).draft.finish(terms: nil, blocks: [:])
    }

    @Test func mdBookAnchorsKeepTheirIDsAndCountAsAnchors() {
        let analysis = compiled("<a id=\"old-name\"></a>\n\n## New name <a name=\"older\"></a>\n\nText <a id=\"inline\"></a> here.\n")
        #expect(analysis.draft.finish(terms: nil, blocks: [:]) == """
            <p><a id="old-name"></a></p>
            <h2 id="new-name-">
            New name <a name="older"></a>\u{2060}<a class="anchor" href="#new-name-" aria-label="Link to this section: New name ">#</a>
            </h2>
            <p>Text <a id="inline"></a> here.</p>

            """)
        #expect(analysis.rawHTMLIDs == ["old-name", "older", "inline"])
        #expect(analysis.diagnostics.isEmpty)
    }

    @Test func aDetailsBlockClosedLaterHoldsTheMarkdownBetween() {
        #expect(html("<details>\n<summary>Answer</summary>\n\nSome *Markdown* here.\n\n</details>\n\nAfter.\n") == """
            <details>
            <summary>Answer</summary>
            <p>Some <em>Markdown</em> here.</p>
            </details>
            <p>After.</p>

            """)
    }

    @Test func inlineElementsKeepTheirTextAndMarkdown() {
        #expect(html("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <span class=\"x\">*em* [l](b.md)</span>.\n")
            == "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <span class=\"x\"><em>em</em> <a href=\"b.html\">l</a></span>.</p>\n")
    }

    @Test func anUnclosedElementEndsWithTheBlockItWasOpenedIn() {
        #expect(html("A <b>bold start\n\nnext paragraph\n") == "<p>A <b>bold start</b></p>\n<p>next paragraph</p>\n")
        #expect(html("> <div>\n>\n> quoted\n\nafter\n") == "<blockquote>\n<div>\n<p>quoted</p>\n</div></blockquote>\n<p>after</p>\n")
        #expect(html("Stray </div> end tag\n") == "<p>Stray  end tag</p>\n")
    }

    @Test func rawHTMLInTableCellsIsSanitizedCellByCell() {
        #expect(html("| a | b |\n|---|---|\n| <kbd>x</kbd> | y<br>z <b>open |\n").contains("""
            <td data-label="a"><kbd>x</kbd></td>
            <td data-label="b">y<br>z <b>open</b></td>
            """))
    }

    @Test func linksInRawHTMLAreRewrittenAndRecordedLikeMarkdownLinks() {
        let analysis = compiled("Line one\n\n<p>See <a href=\"/other.md#part\">other</a> and <img src=\"pic.png\" alt=\"P\"></p>\n")
        #expect(analysis.draft.finish(terms: nil, blocks: [:]).contains("<p>See <a href=\"../other.html#part\">other</a> and <img src=\"pic.png\" alt=\"P\"></p>"))
        #expect(analysis.links.map(\.written) == ["/other.md#part", "pic.png"])
        #expect(analysis.links.map(\.url) == ["../other.html#part", "pic.png"])
        #expect(analysis.links.map(\.location.line) == [3, 3])
    }

    @Test func whatIsRemovedIsReportedAtItsPiece() {
        let analysis = compiled("Text\n\n<font color=red>a</font> and <img src=x onerror=alert(1)>\n\n<script>\nalert(1)\n</script>\n")
        #expect(analysis.diagnostics.map(\.description) == [
            "content/notes/a.md:3:1: warning: raw HTML <font> removed (its content is kept)",
            "content/notes/a.md:3:30: warning: raw HTML attribute onerror removed from <img>",
            "content/notes/a.md:5:1: warning: raw HTML <script> removed with its content",
        ])
        #expect(analysis.diagnostics.map(\.kind) == ["raw-html:<font>", "raw-html:<img onerror>", "raw-html:<script>"])
    }

    /// Text and generated blocks inside raw HTML keep their holes: each slot still pairs with its hole.
    @Test func holesInsideRawHTMLSurvive() {
        let analysis = compiled("<details>\n<summary>Sizes</summary>\n\nA term here.\n\n```demo\nx\n```\n\n</details>\n")
        let location = analysis.blocks[0].location
        #expect(analysis.draft.finish(terms: nil, blocks: [location: "<table><tr><td>generated</td></tr></table>"]) == """
            <details>
            <summary>Sizes</summary>
            <p>A term here.</p>
            <table><tr><td>generated</td></tr></table>
            </details>

            """)
    }

    /// A `<script>` opened and closed around Markdown text in a paragraph: the text is
    /// Markdown the parser never saw as script, so it stays, as text.
    @Test func inlineScriptAroundMarkdownTextLeavesTheTextAsText() {
        #expect(html("Inline <script>alert(1)</script> text\n") == "<p>Inline alert(1) text</p>\n")
        #expect(html("x <textarea>\n\nrest of the note\n") == "<p>x </p>\n<p>rest of the note</p>\n")
    }

    @Test func noteBytesCannotForgeASentinel() {
        let forged = "<\u{2}\u{2}p0> and <\u{2}e0>\n\n<b>x</b>\n"
        let out = html(forged)
        #expect(out.hasPrefix("<p>&lt;\u{2}\u{2}p0&gt; and &lt;\u{2}e0&gt;</p>\n"))
        #expect(out.contains("<b>x</b>"))
    }

    @Test func aNullByteInATagIsNoTag() {
        #expect(html("<scr\u{0}ipt>alert(1)</scr\u{0}ipt>\n") == "<p>&lt;scr\u{FFFD}ipt&gt;alert(1)&lt;/scr\u{FFFD}ipt&gt;</p>\n")
    }
}
