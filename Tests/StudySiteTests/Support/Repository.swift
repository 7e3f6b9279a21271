import Foundation

/// Paths inside the repository, found from this file's location so tests run from anywhere.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // StudySiteTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static var content: String { path("content") }
    static var templates: String { path("templates") }
    static var fixtures: URL { root.appendingPathComponent("Tests/StudySiteTests/Fixtures") }

    /// The `studysite` binary that `swift test` built beside the tests.
    static var binary: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("studysite"),
            bundle.appendingPathComponent("studysite"),
            root.appendingPathComponent(".build/debug/studysite"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }
}
