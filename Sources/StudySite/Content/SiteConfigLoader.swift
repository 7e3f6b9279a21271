/// Reads `site.yml`.
enum SiteConfigLoader {
    static let knownKeys: Set<String> = [
        "title", "description", "author", "language", "base_url", "html", "unsafe_html", "glossary", "linkcheck", "test_yourself", "cheatsheet",
        "sections", "start", "search",
    ]

    static let linkCheckKeys = ["cache", "cache_ttl", "exclude", "max_concurrency", "max_duration", "max_per_host", "retries", "timeout", "user_agent"]

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
            case "html", "unsafe_html": config.html = try rawHTMLMode(key, value, log: log)
            case "glossary": config.glossary = try glossarySettings(value, log: log)
            case "test_yourself": config.testYourself = try value.bool("test_yourself")
            case "cheatsheet":
                for item in try value.sequence("cheatsheet") {
                    config.cheatSheet.append(CheatSheetSource(target: try item.string("each item of cheatsheet"), location: item.location))
                }
            case "linkcheck": config.linkCheck = try linkCheckSettings(value, log: log)
            case "sections": config.pageGroups = try pageGroups(value)
            case "start": config.start = try value.string("start")
            case "search": config.search = try value.bool("search")
            default:
                log.report(.unknownKey(key, in: "site.yml", known: knownKeys, at: value.location))
            }
        }
        guard sawTitle, !config.title.isEmpty else {
            throw BuildFailure(.error("site.yml has no `title:`", at: root.location))
        }
        return config
    }

    /// `html: safe | none | unsafe`; the older `unsafe_html: true` still means `unsafe` (and
    /// `false` the default), with a warning naming the new key.
    private static func rawHTMLMode(_ key: String, _ value: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> RawHTMLMode {
        guard key == "html" else {
            let unsafe = try value.bool("unsafe_html")
            log.report(.warning(
                "`unsafe_html` is deprecated; write `html: \(unsafe ? "unsafe" : "safe")` (raw HTML is now sanitized by default, see docs/raw-html.md)",
                at: value.location, kind: "site-yml:unsafe_html"))
            return unsafe ? .unsafe : .safe
        }
        let text = try value.string("html")
        guard let mode = RawHTMLMode(rawValue: text) else {
            throw BuildFailure(.error("html must be safe, none or unsafe, found \"\(text)\"", at: value.location))
        }
        return mode
    }

    private static func normalizedBaseURL(_ value: YAMLValue) throws(BuildFailure) -> String {
        let text = try value.string("base_url")
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            throw BuildFailure(.error("base_url must be an absolute http(s) URL such as https://user.github.io/repo/, found \"\(text)\"", at: value.location))
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    private static func glossarySettings(_ value: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> GlossarySettings {
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
                log.report(.unknownKey(key, in: "site.yml `glossary:`", known: ["exclude", "link_terms"], at: item.location))
            }
        }
        return settings
    }

    private static func linkCheckSettings(_ value: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> LinkCheckSettings {
        var settings = LinkCheckSettings()
        for (key, item) in try value.mapping("linkcheck") {
            switch key {
            case "timeout": settings.timeout = try seconds(item, "linkcheck.timeout", zeroAllowed: false, limit: LinkCheckSettings.timeoutLimit)
            case "max_concurrency": settings.maxConcurrency = try count(item, "linkcheck.max_concurrency", LinkCheckSettings.maxConcurrencyRange)
            case "max_per_host": settings.maxPerHost = try count(item, "linkcheck.max_per_host", LinkCheckSettings.maxPerHostRange)
            case "retries": settings.retries = try count(item, "linkcheck.retries", LinkCheckSettings.retriesRange)
            case "exclude": settings.exclude = try item.strings("linkcheck.exclude")
            case "cache": settings.cache = try item.string("linkcheck.cache")
            case "cache_ttl": settings.cacheTTL = try seconds(item, "linkcheck.cache_ttl", zeroAllowed: true, limit: LinkCheckSettings.cacheTTLLimit)
            case "user_agent": settings.userAgent = try item.string("linkcheck.user_agent")
            case "max_duration": settings.maxDuration = try seconds(item, "linkcheck.max_duration", zeroAllowed: false, limit: LinkCheckSettings.maxDurationLimit)
            default:
                log.report(.unknownKey(key, in: "site.yml `linkcheck:`", known: linkCheckKeys, at: item.location))
            }
        }
        return settings
    }

    /// A number of seconds in its range, else an error at its line.
    private static func seconds(_ item: YAMLValue, _ what: String, zeroAllowed: Bool, limit: Double) throws(BuildFailure) -> Double {
        let value = try item.double(what)
        if let problem = LinkCheckSettings.problem(seconds: value, for: what, zeroAllowed: zeroAllowed, limit: limit) {
            throw BuildFailure(.error(problem, at: item.location))
        }
        return value
    }

    private static func count(_ item: YAMLValue, _ what: String, _ range: ClosedRange<Int>) throws(BuildFailure) -> Int {
        let value = try item.int(what)
        if let problem = LinkCheckSettings.problem(count: value, for: what, range: range) {
            throw BuildFailure(.error(problem, at: item.location))
        }
        return value
    }
}
