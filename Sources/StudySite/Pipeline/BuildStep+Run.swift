extension [BuildStep] {
    /// Runs the steps in order on `state`: the one place that reports progress, times each
    /// step, and names the step a failure came from.
    func run(_ state: inout BuildState, context: BuildContext) throws(BuildFailure) -> [StageTiming] {
        var timings: [StageTiming] = []
        for (number, step) in enumerated() {
            context.options.progress?(number + 1, count, step.name)
            let start = ContinuousClock.now
            do throws(BuildFailure) {
                try step.run(&state, context)
            } catch {
                var failure = error
                failure.step = failure.step ?? step.name
                throw failure
            }
            timings.append(StageTiming(stage: step.name, seconds: start.duration(to: .now).seconds))
        }
        return timings
    }
}
