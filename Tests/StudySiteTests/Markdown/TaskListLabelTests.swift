import Testing
@testable import StudySite

/// A task list's checkboxes carry a name, so axe finds no unlabeled form element
/// (`make check` runs axe on every page).
@Suite struct TaskListLabelTests {
    @Test func eachBoxIsNamedByItsState() {
        let compiler = MarkdownCompiler(generatorNames: [], options: CMark.Options())
        let page = Page(sourcePath: "content/notes.md", slug: "notes", title: "T")
        let html = compiler.compile(page, markdown: "- [x] read the notes\n- [ ] take the quiz\n").draft.finish(terms: nil, blocks: [:])
        #expect(html.contains("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> read the notes</li>"), "\(html)")
        #expect(html.contains("<li><input type=\"checkbox\" disabled=\"\" aria-label=\"To do\" /> take the quiz</li>"), "\(html)")
    }
}
