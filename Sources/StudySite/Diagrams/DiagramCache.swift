import Foundation

/// dot's SVG on disk, one file per source, named by the SHA-256 of the Graphviz version and
/// the source: a rebuild reads these instead of running dot, and a new Graphviz misses
/// every entry. It lives where the build says (`.studysite-cache/` beside the content by
/// default, ignored by git), never in the output folder. Entries are written to a temporary
/// name and renamed, so two builds at once never see half a file; a folder that cannot be
/// written only costs the speed-up.
///
/// Entries a build reads are touched, and entries no build has read for `maximumAge` go:
/// editing a diagram leaves its old layout behind, and the folder would otherwise only grow.
struct DiagramCache: Sendable {
    let folder: URL
    /// As Hugo's file caches: a month unused (a course left for a term keeps its layouts).
    static let maximumAge: TimeInterval = 30 * 24 * 3600

    init(directory: String) {
        folder = URL(fileURLWithPath: directory).appendingPathComponent("diagrams")
    }

    static func key(source: String, version: String) -> String {
        SHA256.hex(Array(("graphviz " + version + "\n" + source).utf8))
    }

    func svg(for key: String) -> [UInt8]? {
        let path = folder.appendingPathComponent(key + ".svg").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        utimes(path, nil)  // now: it was used
        return [UInt8](data)
    }

    /// Removes entries (and temporary files a killed build left) unused for `maximumAge`.
    func evictStale(now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(".svg") || name.hasPrefix(".") {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                now.timeIntervalSince(modified) > Self.maximumAge
            else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func store(_ svg: [UInt8], for key: String) {
        write(Data(svg), to: key + ".svg")
    }

    /// `dot -V` of the executable at `path`, remembered by the file's size and modification
    /// time, so a fully cached rebuild starts no process at all.
    func version(of path: String) -> String? {
        guard let stamp = Self.stamp(path),
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent("version").path)
        else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", maxSplits: 1).map(String.init)
        return lines.count == 2 && lines[0] == stamp ? lines[1] : nil
    }

    func storeVersion(_ version: String, of path: String) {
        guard let stamp = Self.stamp(path) else { return }
        write(Data((stamp + "\n" + version).utf8), to: "version")
    }

    private static func stamp(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let date = attributes[.modificationDate] as? Date
        else { return nil }
        return "\(path) \(size) \(date.timeIntervalSince1970)"
    }

    private func write(_ data: Data, to name: String) {
        let temporary = folder.appendingPathComponent(".\(name).\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, folder.appendingPathComponent(name).path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
