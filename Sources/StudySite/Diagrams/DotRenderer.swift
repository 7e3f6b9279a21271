import Foundation
import Synchronization

/// Runs Graphviz's `dot -Tsvg` for the build: at most `maximumProcesses` at once (one per
/// core), each with a time limit, each result read from or written to the cache.
final class DotRenderer: Sendable {
    struct Result: Sendable {
        /// dot's SVG; nil when dot failed.
        var svg: [UInt8]?
        var stderr: String
        var timedOut = false
    }

    /// The `dot` found on PATH; nil when Graphviz is not installed.
    let executable: String?
    let cache: DiagramCache?
    let timeLimit: Duration
    let maximumProcesses: Int
    /// Processes started, `dot -V` included (tests check that a cached rebuild starts none).
    var processCount: Int { processes.load(ordering: .relaxed) }
    private let processes = Atomic<Int>(0)

    init(executable: String? = DotRenderer.locate(), cacheDirectory: String?, timeLimit: Duration = .seconds(20),
         maximumProcesses: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.executable = executable
        self.cache = cacheDirectory.map(DiagramCache.init(directory:))
        self.timeLimit = timeLimit
        self.maximumProcesses = max(1, maximumProcesses)
    }

    /// `dot` in a folder of PATH.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `dot - graphviz version 2.43.0 (0)`, part of every cache key; nil when dot cannot run.
    func version() -> String? {
        guard let executable else { return nil }
        if let known = cache?.version(of: executable) { return known }
        processes.add(1, ordering: .relaxed)
        guard let output = try? ProcessRun(executable: executable, arguments: ["-V"], timeLimit: timeLimit).run(input: []),
            output.status == 0, !output.timedOut
        else { return nil }
        let version = output.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        cache?.storeVersion(version, of: executable)
        return version
    }

    /// One result per source, in order; each distinct source is laid out once.
    func render(_ sources: [String], version: String) -> [Result] {
        let distinct = Array(Set(sources)).sorted()
        let keys = distinct.map { DiagramCache.key(source: $0, version: version) }
        var results = [Result?](repeating: nil, count: distinct.count)
        var missing: [Int] = []
        for index in distinct.indices {
            if let svg = cache?.svg(for: keys[index]) { results[index] = Result(svg: svg, stderr: "") } else { missing.append(index) }
        }
        let toRender = missing
        let rendered = Mutex<[Int: Result]>([:])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(maximumProcesses, toRender.count)) { _ in
            while true {
                let slot = next.add(1, ordering: .relaxed).oldValue
                guard slot < toRender.count else { return }
                let index = toRender[slot]
                let result = layOut(distinct[index])
                // Only clean runs are kept: a warning must show again on the next build.
                if let svg = result.svg, result.stderr.isEmpty { cache?.store(svg, for: keys[index]) }
                rendered.withLock { $0[index] = result }
            }
        }
        for (index, result) in rendered.withLock({ $0 }) { results[index] = result }
        cache?.evictStale()
        let byIndex = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return sources.map { results[byIndex[$0]!]! }
    }

    private func layOut(_ source: String) -> Result {
        guard let executable else { return Result(svg: nil, stderr: "Error: dot is not installed") }
        processes.add(1, ordering: .relaxed)
        do {
            let output = try ProcessRun(executable: executable, arguments: ["-Tsvg"], timeLimit: timeLimit).run(input: Array(source.utf8))
            if output.timedOut { return Result(svg: nil, stderr: output.stderr, timedOut: true) }
            return Result(svg: output.status == 0 ? output.stdout : nil, stderr: output.stderr)
        } catch {
            return Result(svg: nil, stderr: "Error: cannot run \(executable): \(error)")
        }
    }
}
