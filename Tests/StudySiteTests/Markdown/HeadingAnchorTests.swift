import Testing
@testable import StudySite

/// A heading's `#` link follows its last word with no white space between them (U+2060 WORD
/// JOINER only): a space or newline there is a break opportunity Chromium takes at 360 px,
/// leaving the `#` alone on a line (`make check` looks for that too, in .ci/page_probe.js).
@Suite struct HeadingAnchorTests {
    let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())

    func html(_ markdown: String) -> String {
        let page = Page(sourcePath: "content/notes.md", slug: "notes", title: "T")
        return compiler.compile(page, markdown: markdown).draft.finish(terms: nil, blocks: [:])
    }

    @Test(arguments: [
        ("## Check your understanding", "understanding", "check-your-understanding"),
        ("### `aws configure` in *two* steps", "steps", "aws-configure-in-two-steps"),
        ("## Ends in code `x`", "<code>x</code>", "ends-in-code-x"),
        ("Setext heading\n---", "heading", "setext-heading"),
    ])
    func anchorIsJoinedToTheLastWord(markdown: String, lastWord: String, id: String) {
        let html = html(markdown)
        #expect(html.contains("\(lastWord)\u{2060}<a class=\"anchor\" href=\"#\(id)\""), "\(html)")
        #expect(html.contains("#</a>\n</h"), "\(html)")
    }
}
