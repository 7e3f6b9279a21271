import ArgumentParser
import Foundation
import StudySite

extension LinkReportFormat: ExpressibleByArgument {}

struct CheckLinks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-links",
        abstract: "Check every link, anchor and resource URL of the built site.",
        discussion: """
            Internal links must name a file inside SITE_DIR (dir/ means dir/index.html) and, with \
            #fragment, an id on that page. External http(s) URLs are requested once each (HEAD, \
            then GET when HEAD is refused), following up to 10 redirects. Settings may also live \
            under `linkcheck:` in CONTENT/site.yml; flags win, and --exclude adds to its list.

            Exit status: 0 when nothing is broken, 1 when a link is broken, 2 for usage or \
            configuration errors.
            """
    )

    @Argument(help: "The built site.")
    var siteDirectory = "_site"

    @Option(name: .long, help: "Folder whose site.yml may hold a `linkcheck:` block (default: content).")
    var content: String?

    @Option(help: ArgumentHelp("The templates the site was built with, for findings in them (default: templates beside CONTENT).", valueName: "dir"))
    var templates: String?

    @Flag(help: "Check internal links only; no network.")
    var offline = false

    @Option(help: ArgumentHelp("Seconds per request (default 20).", valueName: "seconds"))
    var timeout: String?

    @Option(help: "Requests in flight at most (default 32).")
    var maxConcurrency: Int?

    @Option(help: "Requests in flight per host at most (default 4).")
    var maxPerHost: Int?

    @Option(help: "Retries after 429, 5xx or a network error (default 2).")
    var retries: Int?

    @Option(help: ArgumentHelp("Skip links whose URL matches this regular expression (repeatable).", valueName: "regex"))
    var exclude: [String] = []

    @Option(help: "Report format: text, json, markdown or github.")
    var format: LinkReportFormat = .text

    @Option(help: ArgumentHelp("Remember URLs that worked in this JSON file.", valueName: "file"))
    var cache: String?

    @Option(name: .customLong("cache-ttl"), help: ArgumentHelp("How long a cached success stays valid: 90, 90s, 15m, 12h, 1d (default 1d).", valueName: "duration"))
    var cacheTTL: String?

    @Option(help: "User-Agent header for external requests.")
    var userAgent: String?

    @Option(help: ArgumentHelp("Deadline for the whole run (default 10m).", valueName: "duration"))
    var maxDuration: String?

    func run() async throws {
        let options = try resolvedOptions()
        let checker = LinkChecker(siteDirectory: siteDirectory, options: options, sources: linkSources())
        var progress: (@Sendable (Int, Int) -> Void)?
        if Console.stderrIsTerminal && format != .github {
            progress = { done, total in Console.progress("checking external links: \(done)/\(total)") }
        }
        let report: LinkCheckReport
        do {
            report = try await checker.check(progress: progress)
        } catch {
            Console.print(diagnostics: error.diagnostics)
            throw ExitCode(2)
        }
        if progress != nil { Console.progress(nil) }
        Console.print(diagnostics: report.warnings)
        Console.output(report.rendered(as: format))
        if let hint = report.hint { Console.error(hint) }
        if report.hasBroken { throw ExitCode.failure }
    }

    /// Where each link was written, from the content beside the site (`--content`, else
    /// `content` when it has a site.yml and the site has its notes' pages), so findings name
    /// the note and line; nil without it.
    func linkSources() -> LinkSources? {
        let directory = content ?? "content"
        guard FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("site.yml")) else { return nil }
        let templatesDirectory = templates ?? ((directory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("templates")
        do {
            let sources = try Pipeline.linkSources(contentDirectory: directory, templatesDirectory: templatesDirectory)
            // Unless named, `content/` counts only for a site built from it: another site
            // checked from this folder must not have its links pinned on these notes.
            let site = URL(fileURLWithPath: siteDirectory)
            if content == nil, !sources.notePages.allSatisfy({ FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) }) {
                return nil
            }
            return sources
        } catch {
            Console.print(diagnostics: error.diagnostics)
            Console.error("warning: findings point at the HTML: the content in \(directory) does not load")
            return nil
        }
    }

    /// Defaults, then `linkcheck:` from site.yml, then flags.
    func resolvedOptions() throws -> LinkCheckOptions {
        let log = DiagnosticLog()
        var options = LinkCheckOptions()
        do {
            let directory = content ?? "content"
            if let config = try SiteConfig.load(contentDirectory: directory, log: log) {
                options = LinkCheckOptions(config: config)
            } else if content != nil {
                throw BuildFailure(.error("no site.yml in \(directory)"))
            }
        } catch let failure as BuildFailure {
            Console.print(diagnostics: log.warnings + failure.diagnostics)
            throw ExitCode(2)
        }
        Console.print(diagnostics: log.warnings)
        var problems: [String] = []
        func seconds(_ text: String?, _ flag: String) -> Double? {
            guard let text else { return nil }
            guard let value = LinkCheckOptions.seconds(from: text) else {
                problems.append("error: \(flag) expects a duration such as 20, 90s, 15m, 12h or 1d, found \"\(text)\"")
                return nil
            }
            return value
        }
        options.offline = offline || options.offline
        if let value = seconds(timeout, "--timeout") { options.timeout = value }
        if let value = seconds(cacheTTL, "--cache-ttl") { options.cacheTTL = value }
        if let value = seconds(maxDuration, "--max-duration") { options.maxDuration = value }
        if let maxConcurrency { options.maxConcurrency = maxConcurrency }
        if let maxPerHost { options.maxPerHost = maxPerHost }
        if let retries { options.retries = retries }
        if let cache { options.cachePath = cache }
        if let userAgent { options.userAgent = userAgent }
        options.exclude += exclude
        problems += options.problems().map(\.description)
        if !problems.isEmpty {
            problems.forEach(Console.error)
            throw ExitCode(2)
        }
        return options
    }

    /// The internal check `build --check-links` runs on the staged site, before it replaces
    /// the previous one: a broken link fails the build and the previous site stays. Findings
    /// name the pages where they will be, under `output`, not the staging folder.
    static func checkStagedSite(_ staged: StagedSite, shownAs output: String) throws(BuildFailure) {
        var options = LinkCheckOptions()
        options.siteURL = staged.siteURL
        let report = try LinkChecker(siteDirectory: staged.path, options: options, sources: staged.linkSources).checkInternal()
        let diagnostics = report.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let path = diagnostic.location?.path, path.hasPrefix(staged.path + "/") {
                diagnostic.location?.path = (output as NSString).appendingPathComponent(String(path.dropFirst(staged.path.count + 1)))
            }
            // A finding placed at its note names the page in its message: the built page, too.
            diagnostic.message = diagnostic.message.replacingOccurrences(of: staged.path + "/", with: output.hasSuffix("/") ? output : output + "/")
            return diagnostic
        }
        Console.error("Link check: " + report.summary)
        if report.hasBroken { throw BuildFailure(diagnostics) }
        Console.print(diagnostics: diagnostics)
    }
}
