extension SiteConfigLoader {
    /// `sections:` — a list of `{title, summary, pages, header}`; `pages` lists slugs.
    static func pageGroups(_ value: YAMLValue) throws(BuildFailure) -> [PageGroup] {
        var groups: [PageGroup] = []
        for item in try value.sequence("sections") {
            var title: String?
            var group = PageGroup(title: "", pages: [], location: item.location)
            for (key, field) in try item.mapping("each item of sections") {
                switch key {
                case "title": title = try field.string("sections.title")
                case "summary": group.summary = try field.string("sections.summary")
                case "pages": group.pages = try field.strings("sections.pages")
                case "header": group.inHeader = try field.bool("sections.header")
                default:
                    throw BuildFailure(.error("unknown key `sections.\(key)` (known: header, pages, summary, title)", at: field.location))
                }
            }
            guard let title, !title.isEmpty else {
                throw BuildFailure(.error("each item of sections needs a `title:`", at: item.location))
            }
            group.title = title
            groups.append(group)
        }
        return groups
    }
}

/// Where `sections:` of site.yml puts each page: the sidebar order follows it.
enum PageGroups {
    /// Rank of each grouped slug: pages of the first group come first; ungrouped pages rank -1,
    /// before every group, as they did before groups existed.
    static func ranks(_ groups: [PageGroup]) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for slug in group.pages where ranks[slug] == nil { ranks[slug] = index }
        }
        return ranks
    }

    /// Warns about slugs that name no page, listed twice, or in a sub-folder section (which
    /// has its own heading), and about a `start:` that names no page.
    static func check(_ config: SiteConfig, pages: [Page], configPath: String, log: DiagnosticLog) {
        guard !config.pageGroups.isEmpty || config.start != nil else { return }
        // Slug → section: a dictionary of whole pages copied 10,000 pages for two strings each.
        let known = Dictionary(pages.map { ($0.slug, $0.section) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for group in config.pageGroups {
            for slug in group.pages {
                if known[slug] == nil {
                    log.report(.warning("sections: no page `\(slug)` for section \"\(group.title)\" (a slug is the file name without .md)", at: group.location))
                } else if !seen.insert(slug).inserted {
                    log.report(.warning("sections: `\(slug)` is listed in more than one section; it stays in the first", at: group.location))
                } else if let section = known[slug], !section.isEmpty {
                    log.report(.warning("sections: `\(slug)` is in the folder section `\(section)`, which has its own heading", at: group.location))
                }
            }
        }
        if let start = config.start, known[start] == nil {
            log.report(.warning("start: no page `\(start)`", at: SourceLocation(path: configPath, line: 1)))
        }
    }
}
