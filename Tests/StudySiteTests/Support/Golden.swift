import Foundation
import Testing

/// Compares `actual` with a committed expected file; `RECORD_GOLDENS=1 swift test` rewrites
/// the file instead and fails on purpose, so a recording run is never mistaken for a pass.
func assertGolden(
    _ actual: String, _ expectedFile: URL,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(at: expectedFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: expectedFile)
        Issue.record("recorded \(expectedFile.path); run again without RECORD_GOLDENS to verify", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: expectedFile, encoding: .utf8) else {
        Issue.record("missing golden file \(expectedFile.path); run RECORD_GOLDENS=1 swift test to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("\(expectedFile.lastPathComponent) differs from the output:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

/// The first differing lines, with line numbers, as `-expected` / `+actual`.
func lineDiff(expected: String, actual: String, limit: Int = 12) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < limit * 2 {
        let left = index < old.count ? String(old[index]) : nil
        let right = index < new.count ? String(new[index]) : nil
        if left != right {
            if let left { lines.append("\(index + 1) -\(left)") }
            if let right { lines.append("\(index + 1) +\(right)") }
        }
    }
    return lines.joined(separator: "\n")
}
