extension PreviewSession {
    /// Polls the sources and rebuilds after a change, once the files have stopped changing
    /// for `settle` (an editor's save can be several writes). The pause between scans is five
    /// times the last scan's cost, at least `interval`, so a small course is watched every few
    /// milliseconds and a 10,000-note one still leaves the cores to the build. Runs until the
    /// task is cancelled; `rebuilt` gets the changed paths and each outcome.
    public func watch(
        interval: Duration = .milliseconds(20), settle: Duration = .milliseconds(20),
        rebuilt: @Sendable ([String], Outcome) -> Void
    ) async {
        let watcher = SourceWatcher(folders: watchedFolders)
        let clock = ContinuousClock()
        var known = firstSources.withLock { $0 } ?? watcher.scan()
        var pause = interval
        while !Task.isCancelled {
            try? await Task.sleep(for: pause)
            let start = clock.now
            var current = watcher.scan()
            pause = max(interval, min(.seconds(1), start.duration(to: clock.now) * 5))
            guard current != known else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(for: settle)
                let again = watcher.scan()
                if again == current { break }
                current = again
            }
            let changed = SourceWatcher.changes(from: known, to: current)
            known = current
            let outcome = rebuild()
            // Stopped (Ctrl-C) mid-build: not a failure to report.
            if Task.isCancelled { return }
            rebuilt(changed, outcome)
        }
    }
}
