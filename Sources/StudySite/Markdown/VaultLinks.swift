/// What the Obsidian syntax of one note leaves for the steps after the Markdown pass, which
/// know every note's headings: links to a heading, to be checked, and embeds, to be filled in.
struct VaultLinks: Sendable {
    /// A wikilink or embed naming a heading of another note (or its own).
    struct HeadingLink: Sendable {
        var written: String
        var location: SourceLocation
        /// Index of the note in `site.pages`.
        var page: Int
        var heading: String
    }

    /// `![[Note]]` or `![[Note#Heading]]` on a line of its own: a hole in the note's draft
    /// keyed by `location`, filled with the note or section.
    struct Embed: Sendable {
        var written: String
        var location: SourceLocation
        var page: Int
        var heading: String?
    }

    var headingLinks: [HeadingLink] = []
    var embeds: [Embed] = []
    /// Ids of the headings at the top level of the note (not in a quote or list): where a
    /// section embedded from it may start and end.
    var topLevelHeadingIDs: Set<String> = []
}
