/// What `page.mustache` gets for a note.
struct PageContext {
    struct TOCEntry {
        var text: String
        var id: String
        var children: [TOCEntry]
        var hasChildren: Bool { !children.isEmpty }
    }

    struct Neighbour {
        var title: String
        var href: String
    }

    var title: String
    /// nil when empty: swift-mustache treats an empty string as true in `{{#summary}}`.
    var summary: String?
    /// The note's HTML (raw: `{{{content}}}`).
    var content: String
    /// h2 entries with their h3 children.
    var toc: [TOCEntry]
    var hasTOC: Bool { !toc.isEmpty }
    var previous: Neighbour?
    var next: Neighbour?
    var root: String
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
        var entries: [Entry]
    }

    var title: String
    var description: String?
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
