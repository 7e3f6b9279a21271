extension [BuildStep] {
    /// Runs the steps in order on `state`: the one place that reports progress, times each
    /// step, and names the step a failure came from. A build running in a cancelled task
    /// (`serve` after Ctrl-C) stops before its next step, having written nothing yet or
    /// everything: writing is the last step.
    func run(_ state: inout BuildState, context: BuildContext) throws(BuildFailure) -> [StageTiming] {
        var timings: [StageTiming] = []
        for (number, step) in enumerated() {
            if Task.isCancelled {
                var stopped = BuildFailure(.error("the build was stopped"))
                stopped.step = step.name
                throw stopped
            }
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
