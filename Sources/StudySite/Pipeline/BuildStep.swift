/// One named step of the build: reads what earlier steps left in the state and adds to it,
/// reporting problems to the context's log. A step throws only when later steps cannot run
/// on what it found; otherwise it reports and returns, so one build lists every problem.
struct BuildStep: Sendable {
    let name: String
    let run: @Sendable (inout BuildState, BuildContext) throws(BuildFailure) -> Void

    init(_ name: String, _ run: @escaping @Sendable (inout BuildState, BuildContext) throws(BuildFailure) -> Void) {
        self.name = name
        self.run = run
    }
}

/// What every step may read and none changes: the options and the log.
struct BuildContext: Sendable {
    let options: BuildOptions
    let log: DiagnosticLog
}
