/// What `glossary.mustache` gets.
struct GlossaryContext {
    static let slug = "glossary"
    static let outputPath = "glossary.html"
    static let title = "Glossary"

    struct Letter {
        var letter: String
        var hasTerms: Bool
    }

    struct Entry {
        var term: String
        var id: String
        /// Definition as HTML.
        var definition: String
        var aliases: String
        var hasAliases: Bool { !aliases.isEmpty }
        var see: [Link]
        var hasSee: Bool { !see.isEmpty }
        var definedIn: Link?
        var usedIn: [Link]
        var hasUsedIn: Bool { !usedIn.isEmpty }
        /// How many more pages mention it than are listed.
        var moreUsedIn: Int
    }

    struct Link {
        var title: String
        var href: String
    }

    struct Group {
        var letter: String
        var entries: [Entry]
    }

    var title = GlossaryContext.title
    var letters: [Letter]
    var groups: [Group]
    var count: Int

    init(site: Site) {
        letters = []
        groups = []
        count = site.glossary.count
    }
}
