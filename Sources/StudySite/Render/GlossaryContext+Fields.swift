// What `glossary.mustache` can read (see `TemplateContext`).

extension GlossaryContext: TemplateContext {
    static let fields = TemplateFields<GlossaryContext>("the glossary", [
        .text("title") { $0.title },
        .list("letters") { $0.letters },
        .list("groups") { $0.groups },
        .text("count") { $0.count },
        .text("jsonHref") { $0.jsonHref },
        .text("tsvHref") { $0.tsvHref },
    ])
}

extension GlossaryContext.Letter: TemplateContext {
    static let fields = TemplateFields<GlossaryContext.Letter>("a glossary letter", [
        .text("letter") { $0.letter },
        .text("id") { $0.id },
        .flag("hasTerms") { $0.hasTerms },
    ])
}

extension GlossaryContext.Group: TemplateContext {
    static let fields = TemplateFields<GlossaryContext.Group>("a glossary letter group", [
        .text("letter") { $0.letter },
        .text("id") { $0.id },
        .list("entries") { $0.entries },
    ])
}

extension GlossaryContext.Entry: TemplateContext {
    static let fields = TemplateFields<GlossaryContext.Entry>("a glossary entry", [
        .text("term") { $0.term },
        .text("id") { $0.id },
        .text("definition") { $0.definition },
        .text("aliases") { $0.aliases },
        .flag("hasAliases") { $0.hasAliases },
        .list("see") { $0.see },
        .flag("hasSee") { $0.hasSee },
        .object("definedIn") { $0.definedIn },
        .list("usedIn") { $0.usedIn },
        .flag("hasUsedIn") { $0.hasUsedIn },
        .number("moreUsedIn") { $0.moreUsedIn },
        .flag("hasMoreUsedIn") { $0.hasMoreUsedIn },
    ])
}

extension GlossaryContext.Link: TemplateContext {
    static let fields = TemplateFields<GlossaryContext.Link>("a glossary link", [
        .text("title") { $0.title },
        .text("href") { $0.href },
        .flag("hasNext") { $0.hasNext },
    ])
}
