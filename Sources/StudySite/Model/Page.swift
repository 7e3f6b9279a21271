/// One note: what was loaded from its file, and what later stages learned about it.
struct Page: Sendable, Equatable {
    /// What the page holds, read and written through the properties of the same name below.
    struct Fields: Sendable, Equatable {
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
    }

    /// The fields behind one reference, copied on the first write to a shared page: the build
    /// and `serve` copy the site's pages over and over (each step's loops and per-note keys),
    /// and a copy of the fields is fourteen reference counts where this is one. Two pages
    /// sharing their box are equal without comparing 84 MB of notes at 10,000 pages.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    init(
        sourcePath: String, slug: String, section: String = "", title: String, order: Int = 0, summary: String = "",
        declaredTerms: [DeclaredTerm] = [], bodyStartLine: Int = 1
    ) {
        box = Box(Fields(
            sourcePath: sourcePath, slug: slug, section: section, title: title, order: order, summary: summary,
            declaredTerms: declaredTerms, bodyStartLine: bodyStartLine))
    }

    /// Gives this page its own box before a write, when another page shares it.
    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    // The fields, each read from the box and written in place (`_modify`: no copy of a
    // note's HTML to append to it).
    var sourcePath: String {
        get { box.fields.sourcePath }
        _modify { unshare(); yield &box.fields.sourcePath }
    }
    var slug: String {
        get { box.fields.slug }
        _modify { unshare(); yield &box.fields.slug }
    }
    var section: String {
        get { box.fields.section }
        _modify { unshare(); yield &box.fields.section }
    }
    var title: String {
        get { box.fields.title }
        _modify { unshare(); yield &box.fields.title }
    }
    var order: Int {
        get { box.fields.order }
        _modify { unshare(); yield &box.fields.order }
    }
    var summary: String {
        get { box.fields.summary }
        _modify { unshare(); yield &box.fields.summary }
    }
    var declaredTerms: [DeclaredTerm] {
        get { box.fields.declaredTerms }
        _modify { unshare(); yield &box.fields.declaredTerms }
    }
    var testYourself: Bool? {
        get { box.fields.testYourself }
        _modify { unshare(); yield &box.fields.testYourself }
    }
    var bodyStartLine: Int {
        get { box.fields.bodyStartLine }
        _modify { unshare(); yield &box.fields.bodyStartLine }
    }
    var lineMap: [Int] {
        get { box.fields.lineMap }
        _modify { unshare(); yield &box.fields.lineMap }
    }
    var titleFromHeading: Bool {
        get { box.fields.titleFromHeading }
        _modify { unshare(); yield &box.fields.titleFromHeading }
    }
    var titleID: String? {
        get { box.fields.titleID }
        _modify { unshare(); yield &box.fields.titleID }
    }
    var headings: [Heading] {
        get { box.fields.headings }
        _modify { unshare(); yield &box.fields.headings }
    }
    var definitions: [TermDefinition] {
        get { box.fields.definitions }
        _modify { unshare(); yield &box.fields.definitions }
    }
    var blocks: [GeneratorBlock] {
        get { box.fields.blocks }
        _modify { unshare(); yield &box.fields.blocks }
    }
    var links: [SourceLink] {
        get { box.fields.links }
        _modify { unshare(); yield &box.fields.links }
    }
    var rawHTMLIDs: Set<String> {
        get { box.fields.rawHTMLIDs }
        _modify { unshare(); yield &box.fields.rawHTMLIDs }
    }
    var contentHTML: String {
        get { box.fields.contentHTML }
        _modify { unshare(); yield &box.fields.contentHTML }
    }

    static func == (lhs: Page, rhs: Page) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }

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
