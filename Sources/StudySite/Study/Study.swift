import Foundation

/// The Study stage: quiz blocks in the notes, a "Test yourself" section at the end of each
/// note from the terms it defines, and the study pages (flashcards, practice questions,
/// the course in one printable document, a cheat sheet) and the Anki deck.
///
/// Two entry points: `run` before the notes' bodies are finished (quiz blocks are holes
/// in the drafts, like reference tables), `finish` after (the pages reuse finished bodies).
enum Study {
    /// Fenced-block names this stage fills in.
    static let blockNames: Set<String> = [QuizParser.blockName]

    /// Parses every quiz block into `site.quizQuestions` and its HTML into `site.generatedBlocks`.
    static func run(_ site: inout Site, log: DiagnosticLog) {
        var all: [QuizQuestion] = []
        for page in site.pages where page.blocks.contains(where: { $0.name == QuizParser.blockName }) {
            var ids = Slugger()
            for heading in page.headings { ids.reserve(heading.id) }
            var number = 1
            for block in page.blocks where block.name == QuizParser.blockName {
                do {
                    var questions = try QuizParser.questions(in: block, pageSlug: page.slug)
                    for index in questions.indices { questions[index].id = ids.slug(questions[index].id) }
                    site.generatedBlocks[block.location] = QuizHTML.html(questions, firstNumber: number, pageSlug: page.slug)
                    number += questions.count
                    all += questions
                } catch {
                    log.report(error.diagnostics)
                }
            }
        }
        site.quizQuestions = all
    }

    /// After the bodies are finished: each note's "Test yourself" section, the study pages and `anki.tsv`.
    /// `printPage` makes the print page from the site with its notes finished: the whole page
    /// in a build; `serve` makes the page's body only when a browser asks for it.
    static func finish(_ site: inout Site, log: DiagnosticLog, printPage: (Site) -> GeneratedPage = { PrintPage.page($0, referenceBlockNames: ReferenceBlocks.names) }) {
        let terms = StudyTerms(site: site)
        let questionsByPage = Dictionary(grouping: site.quizQuestions, by: \.pageSlug)
        for index in site.pages.indices {
            let page = site.pages[index]
            guard page.testYourself ?? site.config.testYourself else { continue }
            let defined = terms.byPage[page.slug] ?? []
            guard !defined.isEmpty else { continue }
            var ids = Slugger()
            for heading in page.headings { ids.reserve(heading.id) }
            for question in questionsByPage[page.slug] ?? [] { ids.reserve(question.id) }
            let id = ids.slug(TestYourself.title)
            site.pages[index].contentHTML += TestYourself.html(defined, id: id, pageSlug: page.slug)
            site.pages[index].headings.append(Heading(level: 2, text: TestYourself.title, id: id, line: 0))
        }
        let groups = StudyGroups(site: site, terms: terms)
        // Each page only when there is something to put on it.
        if groups.termCount > 0 { site.generatedPages.append(FlashcardsPage.page(groups)) }
        if groups.questionCount > 0 { site.generatedPages.append(PracticePage.page(groups)) }
        if !site.pages.isEmpty { site.generatedPages.append(printPage(site)) }
        if let cheatSheet = CheatSheetPage.page(site, log: log) { site.generatedPages.append(cheatSheet) }
        if groups.termCount + groups.questionCount > 0 {
            site.extraFiles[AnkiDeck.path] = Array(AnkiDeck.tsv(site: site, groups: groups).utf8)
        }
    }
}
