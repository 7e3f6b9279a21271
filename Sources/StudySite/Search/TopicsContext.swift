import Foundation

/// What `topics.mustache` gets: the site's index in the sense of a book, no script needed.
/// Every glossary term, alias and heading of every note, A to Z; a topic found in several
/// places (a term and the headings named like it) lists each place under it.
struct TopicsContext {
    static let slug = "topics"
    static let outputPath = "topics.html"
    static let title = "Index"

    struct Link {
        var title: String
        var href: String
    }

    struct Topic {
        var text: String
        /// The topic's only place, linked from the topic itself.
        var single: Link?
        /// Its places, when there are several.
        var links: [Link]
        var hasLinks: Bool
        /// For an alias: the term it stands for.
        var see: Link?
    }

    struct Group {
        var letter: String
        var id: String
        var topics: [Topic]
    }

    var title = TopicsContext.title
    var letters: [GlossaryContext.Letter]
    var groups: [Group]
    /// "3 topics".
    var count: String
    var glossaryHref: String?

    init(site: Site) {
        var places: [String: Place] = [:]
        func add(_ text: String, _ link: Link, see: Bool = false) {
            let key = TopicsContext.sortKey(text)
            guard !key.isEmpty else { return }
            // Changed in place: a copy taken out of the dictionary and stored back copies
            // the links on every append, and a heading such as "Overview" on every page
            // of a 10,000-page site made this a quarter of the build.
            if see {
                places[key, default: Place(text: text)].refer(to: link)
            } else {
                places[key, default: Place(text: text)].add(link)
            }
        }
        for entry in site.glossary {
            add(entry.term, Link(title: GlossaryContext.title, href: GlossaryContext.outputPath + "#" + entry.id))
        }
        for page in site.pages {
            add(page.title, Link(title: page.title, href: page.outputPath))
            for heading in page.headings {
                add(heading.text, Link(title: page.title, href: page.outputPath + "#" + heading.id))
            }
        }
        for entry in site.glossary {
            for alias in GlossaryContext.shownAliases(of: entry) {
                add(alias, Link(title: entry.term, href: GlossaryContext.outputPath + "#" + entry.id), see: true)
            }
        }
        var byInitial: [String: [Topic]] = [:]
        for key in places.keys.sorted(by: TopicsContext.precedes) {
            let place = places[key]!
            let topic = Topic(
                text: place.text, single: place.links.count == 1 ? place.links[0] : nil,
                links: place.links.count > 1 ? place.links : [], hasLinks: place.links.count > 1, see: place.see)
            byInitial[GlossaryContext.initial(of: place.text), default: []].append(topic)
        }
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let initials = (byInitial[GlossaryContext.otherInitial] == nil ? [] : [GlossaryContext.otherInitial]) + alphabet
        letters = initials.map { GlossaryContext.Letter(letter: $0, id: GlossaryContext.letterID($0), hasTerms: byInitial[$0] != nil) }
        groups = initials.compactMap { initial in
            byInitial[initial].map { Group(letter: initial, id: GlossaryContext.letterID(initial), topics: $0) }
        }
        count = places.count == 1 ? "1 topic" : "\(places.count) topics"
        glossaryHref = site.glossary.isEmpty ? nil : GlossaryContext.outputPath
    }

    /// Where one topic is found, while the index is gathered.
    private struct Place {
        var text: String
        var links: [Link] = []
        var hrefs: Set<String> = []
        var see: Link?

        /// A place of the topic, once per target.
        mutating func add(_ link: Link) {
            guard hrefs.insert(link.href).inserted else { return }
            links.append(link)
            see = nil
        }

        /// An alias: "see" its term, unless the topic has places of its own.
        mutating func refer(to link: Link) {
            if see == nil, links.isEmpty { see = link }
        }
    }

    /// Case and accents folded, white space made single: `Amazon  EC2` and `amazon ec2` are one topic.
    static func sortKey(_ text: String) -> String {
        SearchTokenizer.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Alphabetical on the folded key; byte order as the tie-break keeps it deterministic.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
