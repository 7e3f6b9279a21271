extension PreviewSession {
    /// Rebuilds after a source changes, once the files have stopped changing for `settle` (an
    /// editor's save can be several writes). On Linux the kernel says which folders changed
    /// (inotify, `watchByEvents`); elsewhere, or when inotify is unavailable or out of watches,
    /// the folders are polled every `interval` or more. Runs until the task is cancelled;
    /// `rebuilt` gets the changed paths and each outcome, `warning` a line for the terminal
    /// when the watching falls back to polling.
    public func watch(
        interval: Duration = .milliseconds(20), settle: Duration = .milliseconds(20),
        warning: @Sendable (String) -> Void = { _ in },
        rebuilt: @Sendable ([String], Outcome) -> Void
    ) async {
        var known = firstSources.withLock { $0 } ?? SourceWatcher(folders: watchedFolders).scan()
        #if os(Linux)
        guard let left = await watchByEvents(from: known, settle: settle, warning: warning, rebuilt: rebuilt) else { return }
        known = left
        #endif
        await watchByPolling(from: known, interval: interval, settle: settle, rebuilt: rebuilt)
    }

    /// Scans every file, then pauses five times the scan's cost (at least `interval`), so a
    /// small course is watched every few milliseconds and a 10,000-note one still leaves the
    /// cores to the build.
    func watchByPolling(
        from known: [String: SourceWatcher.Stamp], interval: Duration, settle: Duration,
        rebuilt: @Sendable ([String], Outcome) -> Void
    ) async {
        let watcher = SourceWatcher(folders: watchedFolders)
        let clock = ContinuousClock()
        var known = known
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
