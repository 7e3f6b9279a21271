import Foundation
import StudySite

/// The only place that prints: diagnostics and summaries go to stderr.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func print(diagnostics: [Diagnostic]) {
        var seen: Set<Diagnostic> = []
        for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
            error(diagnostic.description)
        }
    }
}
