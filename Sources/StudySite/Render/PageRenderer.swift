/// Pieces of a note page that come from its headings.
enum PageRenderer {
    /// "On this page": h2 entries with their h3 children.
    static func tableOfContents(_ headings: [Heading]) -> [PageContext.TOCEntry] {
        var entries: [PageContext.TOCEntry] = []
        for heading in headings {
            switch heading.level {
            case 2:
                entries.append(PageContext.TOCEntry(text: heading.text, id: heading.id))
            case 3:
                let entry = PageContext.TOCEntry(text: heading.text, id: heading.id)
                if let parent = entries.last {
                    parent.children.append(entry)
                } else {
                    entries.append(entry)
                }
            default:
                continue
            }
        }
        return entries
    }
}
