/// Reads `site.yml`.
enum SiteConfigLoader {
    static let knownKeys: Set<String> = [
        "title", "description", "author", "language", "base_url", "unsafe_html", "glossary", "linkcheck", "search",
    ]

    static func load(yaml text: String, path: String, log: DiagnosticLog) throws(BuildFailure) -> SiteConfig {
        guard let root = try YAMLValue.parse(text, path: path) else {
            throw BuildFailure(.error("site.yml is empty; it needs at least `title:`", at: SourceLocation(path: path, line: 1)))
        }
        var config = SiteConfig(title: "")
        var sawTitle = false
        for (key, value) in try root.mapping("site.yml") {
            switch key {
            case "title":
                config.title = try value.string("title")
                sawTitle = true
            case "description": config.description = try value.string("description")
            case "author": config.author = try value.string("author")
            case "language": config.language = try value.string("language")
            case "base_url": config.baseURL = try normalizedBaseURL(value)
            case "unsafe_html": config.unsafeHTML = try value.bool("unsafe_html")
            case "glossary": config.glossary = try glossarySettings(value)
            case "linkcheck": config.linkCheck = try linkCheckSettings(value, log: log)
            case "search": config.search = try value.bool("search")
            default:
                log.report(.warning("unknown key `\(key)` in site.yml (known: \(knownKeys.sorted().joined(separator: ", ")))", at: value.location))
            }
        }
        guard sawTitle, !config.title.isEmpty else {
            throw BuildFailure(.error("site.yml has no `title:`", at: root.location))
        }
        return config
    }

    private static func normalizedBaseURL(_ value: YAMLValue) throws(BuildFailure) -> String {
        let text = try value.string("base_url")
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            throw BuildFailure(.error("base_url must be an absolute http(s) URL such as https://user.github.io/repo/, found \"\(text)\"", at: value.location))
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    private static func glossarySettings(_ value: YAMLValue) throws(BuildFailure) -> GlossarySettings {
        var settings = GlossarySettings()
        for (key, item) in try value.mapping("glossary") {
            switch key {
            case "link_terms":
                let text = try item.string("glossary.link_terms")
                guard let mode = GlossarySettings.LinkTerms(rawValue: text) else {
                    throw BuildFailure(.error("glossary.link_terms must be first, all or none, found \"\(text)\"", at: item.location))
                }
                settings.linkTerms = mode
            case "exclude":
                let names = item.isSequence ? try item.sequence("glossary.exclude") : [item]
                for name in names {
                    settings.exclude.append(ExcludedTerm(name: try name.string("each item of glossary.exclude"), location: name.location))
                }
            default:
                throw BuildFailure(.error("unknown key `glossary.\(key)` (known: exclude, link_terms)", at: item.location))
            }
        }
        return settings
    }

    private static func linkCheckSettings(_ value: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> LinkCheckSettings {
        var settings = LinkCheckSettings()
        for (key, item) in try value.mapping("linkcheck") {
            switch key {
            case "timeout": settings.timeout = try item.double("linkcheck.timeout")
            case "max_concurrency": settings.maxConcurrency = try item.int("linkcheck.max_concurrency")
            case "max_per_host": settings.maxPerHost = try item.int("linkcheck.max_per_host")
            case "retries": settings.retries = try item.int("linkcheck.retries")
            case "exclude": settings.exclude = try item.strings("linkcheck.exclude")
            case "cache": settings.cache = try item.string("linkcheck.cache")
            case "cache_ttl": settings.cacheTTL = try item.double("linkcheck.cache_ttl")
            case "user_agent": settings.userAgent = try item.string("linkcheck.user_agent")
            case "max_duration": settings.maxDuration = try item.double("linkcheck.max_duration")
            default:
                log.report(.warning("unknown key `linkcheck.\(key)` in site.yml", at: item.location))
            }
        }
        return settings
    }
}
