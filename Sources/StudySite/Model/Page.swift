/// One note: what was loaded from its file, and what later stages learned about it.
struct Page: Sendable, Equatable {
    /// Path of the Markdown file as shown in messages, e.g. `content/vpc.md`.
    var sourcePath: String
    /// Output path without extension, relative to the site root: `vpc`, `networking/vpc`.
    var slug: String
    /// Section folder (`""` for the root section).
    var section: String = ""
    var title: String
    var order: Int = 0
    var summary: String = ""
    /// Extra glossary terms listed in front matter.
    var declaredTerms: [DeclaredTerm] = []
    /// `test_yourself:` from front matter; nil follows site.yml.
    var testYourself: Bool?
    /// File line of the first Markdown line, so AST lines map back to the file.
    var bodyStartLine: Int = 1
    /// Where each line of the body came from, as a body line of the note, when `{{#include}}`
    /// added lines (`lineMap[i]` for body line `i + 1`); empty when the body is the note's own.
    var lineMap: [Int] = []
    /// No `title:` was given: the first `#` heading is the title (the Markdown stage takes it
    /// out of the body and sets `title` and `titleID`); `title` until then is the fallback.
    var titleFromHeading = false
    /// The id the title's heading would have had, carried by the page's `<h1>`.
    var titleID: String?

    // Filled by the Markdown stage.
    var headings: [Heading] = []
    var definitions: [TermDefinition] = []
    var blocks: [GeneratorBlock] = []
    /// Every link and image of the note, in document order.
    var links: [SourceLink] = []
    /// Ids the note's raw HTML declares (with `unsafe_html`), which links may name as well as headings.
    var rawHTMLIDs: Set<String> = []

    // Filled once the glossary and the reference tables exist.
    var contentHTML: String = ""

    /// `vpc.html`, `networking/vpc.html`.
    var outputPath: String { slug + ".html" }

    /// `index.md` at the top or in a section's folder: the page is the home page or the
    /// section's page (`index.html`) in place of the generated one, as in MkDocs and Quartz.
    var isFolderIndex: Bool { slug == Page.folderIndexSlug(section: section) }

    static func folderIndexSlug(section: String) -> String { section.isEmpty ? "index" : section + "/index" }

    /// Maps a line of the Markdown body to the line in the file.
    func location(line: Int, column: Int = 0) -> SourceLocation {
        let noteLine = line > 0 && line <= lineMap.count ? lineMap[line - 1] : line
        return SourceLocation(path: sourcePath, line: noteLine > 0 ? noteLine + bodyStartLine - 1 : 0, column: column)
    }
}
