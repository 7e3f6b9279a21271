/// One problem found in the user's input, printed compiler-style:
/// `content/vpc.md:42:3: error: subnets: prefix 33 is outside 0–32`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case warning
        case error
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// A stable key for problems of one kind (`raw-html:<font>`, `lint:resource-without-url`):
    /// repeated ones are grouped by note and kind when printed (see `DiagnosticGroups`).
    public var kind: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, kind: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.kind = kind
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, kind: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, kind: kind)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, kind: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, kind: kind)
    }

    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

/// Thrown when a stage finds problems it cannot build past. Carries every
/// problem found so far, so a user fixes them all in one round.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// The build step that stopped, added once by the pipeline's runner.
    public var step: String?

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
