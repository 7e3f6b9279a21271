/// What `page.mustache` gets for a note.
///
/// The contexts a page renders with are classes: swift-mustache casts the object it looks a
/// tag up in to its protocols on every tag, and the cast copies a struct of more than three
/// words, retaining each of its fields, where a class costs one retain.
final class PageContext {
    final class TOCEntry {
        let text: String
        let id: String
        var children: [TOCEntry] = []
        var hasChildren: Bool { !children.isEmpty }

        init(text: String, id: String) {
            self.text = text
            self.id = id
        }
    }

    final class Neighbour {
        let title: String
        let href: String

        init(title: String, href: String) {
            self.title = title
            self.href = href
        }
    }

    let title: String
    /// The id of the heading the title came from (`data-types`), so links to it still land.
    var titleID: String?
    /// nil when empty: swift-mustache treats an empty string as true in `{{#summary}}`.
    let summary: String?
    /// The note's HTML (raw: `{{{content}}}`).
    let content: String
    /// h2 entries with their h3 children.
    let toc: [TOCEntry]
    var hasTOC: Bool { !toc.isEmpty }
    let previous: Neighbour?
    let next: Neighbour?
    let root: String

    init(title: String, summary: String?, content: String, toc: [TOCEntry], previous: Neighbour?, next: Neighbour?, root: String) {
        self.title = title
        self.summary = summary
        self.content = content
        self.toc = toc
        self.previous = previous
        self.next = next
        self.root = root
    }
}

/// What `index.mustache` gets: the site's home page or a section's index.
struct IndexContext {
    struct Entry {
        var title: String
        var href: String
        var summary: String?
    }

    struct Group {
        var title: String
        var href: String?
        /// What the group holds (`summary:` of a `sections:` entry).
        var summary: String? = nil
        var entries: [Entry]
    }

    var title: String
    var description: String?
    /// The page a new reader should open first (`start:` in site.yml), home page only.
    var start: Entry? = nil
    var groups: [Group]
    var root: String
}

/// What `404.mustache` gets.
struct NotFoundContext {
    var title: String
    /// Link to the home page: absolute when `base_url` is set, since a 404 page
    /// is served from whatever path was asked for.
    var home: String
}
