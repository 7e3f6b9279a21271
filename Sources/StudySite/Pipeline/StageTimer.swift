/// How long each stage of a build took, for `studysite build --timings` and for profiling.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
}

struct StageTimer {
    private(set) var timings: [StageTiming] = []

    /// Runs one stage and records its wall time under `stage`.
    mutating func measure<T, Failure: Error>(_ stage: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let start = ContinuousClock.now
        defer { timings.append(StageTiming(stage: stage, seconds: start.duration(to: .now).seconds)) }
        return try body()
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
