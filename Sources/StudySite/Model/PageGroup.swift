/// One entry of `sections:` in site.yml: a heading in the sidebar and on the home page for
/// notes at the top of `content/`. It groups pages without moving their files, so their URLs
/// stay (a sub-folder with `_section.yml` is the other way to make a section, and moves URLs).
struct PageGroup: Sendable, Equatable {
    public var title: String
    /// What the section holds, shown under its heading on the home page.
    public var summary: String
    /// Slugs of the pages, in the order they are read (`module-1`, `networking/vpc`).
    public var pages: [String]
    /// Also linked from the header of every page (reference pages a reader looks up often).
    public var inHeader: Bool
    public var location: SourceLocation

    public init(title: String, summary: String = "", pages: [String], inHeader: Bool = false, location: SourceLocation) {
        self.title = title
        self.summary = summary
        self.pages = pages
        self.inHeader = inHeader
        self.location = location
    }
}
