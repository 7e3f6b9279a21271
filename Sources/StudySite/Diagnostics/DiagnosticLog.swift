import Synchronization

/// Collects warnings and errors from stages that may run concurrently.
/// Stages keep going after a problem so one build reports them all.
public final class DiagnosticLog: Sendable {
    private let entries = Mutex<[Diagnostic]>([])

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        entries.withLock { $0.append(diagnostic) }
    }

    public func report(_ diagnostics: [Diagnostic]) {
        // `serve` hands on each of 10,000 notes' kept diagnostics, nearly all none, from every core.
        guard !diagnostics.isEmpty else { return }
        entries.withLock { $0.append(contentsOf: diagnostics) }
    }

    /// Sorted by location so output is the same whatever order threads finished in.
    public var all: [Diagnostic] { Self.sorted(entries.withLock { $0 }) }

    /// Picked out before sorting: a large site's thousands of warnings need no sort to find its errors.
    public var errors: [Diagnostic] { Self.sorted(entries.withLock { $0.filter { $0.severity == .error } }) }
    public var warnings: [Diagnostic] { Self.sorted(entries.withLock { $0.filter { $0.severity == .warning } }) }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            let l = lhs.location ?? SourceLocation(path: "")
            let r = rhs.location ?? SourceLocation(path: "")
            if l != r { return l < r }
            return lhs.message < rhs.message
        }
    }

    /// Whether an error was reported, without sorting a large site's thousands of warnings.
    public var hasErrors: Bool { entries.withLock { $0.contains { $0.severity == .error } } }

    /// Throws every error collected so far, if there is one.
    public func throwIfErrors() throws(BuildFailure) {
        if hasErrors { throw BuildFailure(errors) }
    }
}
