import Foundation

/// Remembers URLs that worked (`--cache FILE`), so a later run within
/// `--cache-ttl` does not request them again. Failures are never cached:
/// a broken link must be seen broken on every run.
struct LinkCache: Sendable {
    struct Entry: Codable, Sendable, Equatable {
        /// Seconds since 1970 when the URL was checked.
        var checked: Double
        /// `ok` or `redirected`.
        var status: String
        var redirectedTo: String?
    }

    private struct File: Codable {
        var version: Int
        var entries: [String: Entry]
    }

    private(set) var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The cache at `path`; an absent file is an empty cache, an unreadable one a warning.
    static func load(path: String, log: DiagnosticLog) -> LinkCache {
        guard let data = FileManager.default.contents(atPath: path) else { return LinkCache() }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == 1 else {
                log.report(.warning("ignoring link cache of unknown version \(file.version)", at: SourceLocation(path: path)))
                return LinkCache()
            }
            return LinkCache(entries: file.entries)
        } catch {
            log.report(.warning("ignoring unreadable link cache: \(error)", at: SourceLocation(path: path)))
            return LinkCache()
        }
    }

    /// The remembered verdict, while younger than `ttl` seconds.
    func status(for url: String, ttl: Double, now: Date) -> LinkStatus? {
        guard let entry = entries[url], now.timeIntervalSince1970 - entry.checked < ttl,
            entry.checked <= now.timeIntervalSince1970
        else { return nil }
        switch entry.status {
        case "ok": return .ok
        case "redirected": return entry.redirectedTo.map { .redirected(to: $0) }
        default: return nil
        }
    }

    /// Records a fresh verdict; only successes are kept.
    mutating func record(_ status: LinkStatus, for url: String, now: Date) {
        switch status {
        case .ok: entries[url] = Entry(checked: now.timeIntervalSince1970, status: "ok")
        case .redirected(let target): entries[url] = Entry(checked: now.timeIntervalSince1970, status: "redirected", redirectedTo: target)
        default: entries[url] = nil
        }
    }

    /// Drops expired entries.
    mutating func prune(ttl: Double, now: Date) {
        entries = entries.filter { now.timeIntervalSince1970 - $0.value.checked < ttl }
    }

    func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(File(version: 1, entries: entries))
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
