/// The glossary terms each note defines, in the order the note defines them.
struct StudyTerms {
    /// Page slug → its terms.
    var byPage: [String: [GlossaryEntry]] = [:]
    /// Terms no note defines (only `glossary.yml` does).
    var unplaced: [GlossaryEntry] = []

    init(site: Site) {
        for entry in site.glossary {
            if let slug = entry.definedIn?.slug {
                byPage[slug, default: []].append(entry)
            } else {
                unplaced.append(entry)
            }
        }
        for slug in byPage.keys {
            byPage[slug]?.sort { ($0.location.line, $0.term) < ($1.location.line, $1.term) }
        }
    }
}

/// The course as the study pages show it: sections in order, each with its notes and the
/// terms and questions of each note; terms no note defines come last.
struct StudyGroups {
    struct Note {
        var page: Page
        var terms: [GlossaryEntry]
        var questions: [QuizQuestion]
    }

    struct Group {
        var title: String
        /// Tag-safe name: the section's path, or `course` for the root section.
        var tag: String
        var notes: [Note]
    }

    var groups: [Group] = []
    var unplacedTerms: [GlossaryEntry]
    var siteTitle: String

    static let otherTermsTitle = "Other terms"

    init(site: Site, terms: StudyTerms) {
        let questions = Dictionary(grouping: site.quizQuestions, by: \.pageSlug)
        for section in site.sections {
            let notes = site.pages.filter { $0.section == section.path }.map { page in
                Note(page: page, terms: terms.byPage[page.slug] ?? [], questions: questions[page.slug] ?? [])
            }
            guard !notes.isEmpty else { continue }
            let title = section.isRoot && section.title.isEmpty ? site.config.title : section.title
            groups.append(Group(title: title, tag: section.isRoot ? "course" : Slugger.slugify(section.path), notes: notes))
        }
        unplacedTerms = terms.unplaced
        siteTitle = site.config.title
    }

    var termCount: Int { groups.reduce(unplacedTerms.count) { $0 + $1.notes.reduce(0) { $0 + $1.terms.count } } }
    var questionCount: Int { groups.reduce(0) { $0 + $1.notes.reduce(0) { $0 + $1.questions.count } } }
}
