/// The step after the glossary and the reference tables: each page's HTML is its draft with
/// term links and generated blocks filled in, on every core.
enum BodyFinishing {
    static func run(_ site: inout Site, drafts: [BodyDraft]) {
        let terms = Glossary.linking(site)
        let generatedBlocks = site.generatedBlocks
        let pages = site.pages
        let html = drafts.indices.concurrentMap { index in
            drafts[index].finish(terms: terms?.linker(for: pages[index]), blocks: generatedBlocks)
        }
        for index in site.pages.indices { site.pages[index].contentHTML = html[index] }
    }
}
