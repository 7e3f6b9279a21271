import Foundation
import StudySite

/// The only place that prints: diagnostics and summaries go to stderr.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Reports and other requested output go to stdout, so they can be redirected to a file.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Rewrites one status line on stderr in place; nil clears it.
    static func progress(_ line: String?) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
    }

    static func print(diagnostics: [Diagnostic]) {
        var seen: Set<Diagnostic> = []
        for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
            error(diagnostic.description)
        }
    }
}
