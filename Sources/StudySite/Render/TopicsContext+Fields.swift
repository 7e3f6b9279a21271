// What `topics.mustache` can read (see `TemplateContext`). The context itself is made by the
// Search stage (Search/TopicsContext.swift); only Render knows the template protocol.

extension TopicsContext: TemplateContext {
    static let fields = TemplateFields<TopicsContext>("the topics page", [
        .text("title") { $0.title },
        .list("letters") { $0.letters },
        .list("groups") { $0.groups },
        .text("count") { $0.count },
        .text("glossaryHref") { $0.glossaryHref },
    ])
}

extension TopicsContext.Group: TemplateContext {
    static let fields = TemplateFields<TopicsContext.Group>("a topics letter group", [
        .text("letter") { $0.letter },
        .text("id") { $0.id },
        .list("topics") { $0.topics },
    ])
}

extension TopicsContext.Topic: TemplateContext {
    static let fields = TemplateFields<TopicsContext.Topic>("a topic", [
        .text("text") { $0.text },
        .object("single") { $0.single },
        .list("links") { $0.links },
        .flag("hasLinks") { $0.hasLinks },
        .object("see") { $0.see },
    ])
}

extension TopicsContext.Link: TemplateContext {
    static let fields = TemplateFields<TopicsContext.Link>("a topic link", [
        .text("title") { $0.title },
        .text("href") { $0.href },
    ])
}
