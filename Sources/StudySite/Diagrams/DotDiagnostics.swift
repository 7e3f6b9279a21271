import Foundation

/// Turns what dot printed on stderr into diagnostics at the note's lines. dot numbers the
/// lines of its stdin from 1 and the block's body starts on the line after the fence, so
/// `syntax error in line 3` is the fence's line + 3.
enum DotDiagnostics {
    static func diagnostics(stderr: String, fence: SourceLocation, failed: Bool) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for rawLine in stderr.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Substring(rawLine).trimmingCharacters(in: .whitespaces)[...]
            guard !line.isEmpty else { continue }
            var severity: Diagnostic.Severity? = nil
            if line.hasPrefix("Error:") {
                severity = .error
                line = line.dropFirst("Error:".count)
            } else if line.hasPrefix("Warning:") {
                severity = .warning
                line = line.dropFirst("Warning:".count)
            }
            line = line.drop(while: { $0 == " " })
            if line.hasPrefix("<stdin>:") { line = line.dropFirst("<stdin>:".count).drop(while: { $0 == " " }) }
            guard let severity else {
                // A continuation of the message above (dot wraps some messages).
                if let last = result.indices.last {
                    result[last].message += " " + line
                    continue
                }
                result.append(Diagnostic(failed ? .error : .warning, "dot: " + line, at: fence))
                continue
            }
            result.append(Diagnostic(severity, "dot: " + line, at: location(of: line, fence: fence)))
        }
        if failed && !result.contains(where: { $0.severity == .error }) {
            result.append(.error("dot: failed without saying why", at: fence))
        }
        return result
    }

    /// `… in line 3 …` → the note's line; the fence when dot names no line.
    static func location(of message: Substring, fence: SourceLocation) -> SourceLocation {
        guard let range = message.range(of: "in line ") else { return fence }
        let digits = message[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        guard let line = Int(digits), fence.line > 0 else { return fence }
        return SourceLocation(path: fence.path, line: fence.line + line)
    }
}
