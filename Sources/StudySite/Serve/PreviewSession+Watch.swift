extension PreviewSession {
    /// Polls the sources every `interval` and rebuilds after a change, once the files have
    /// stopped changing for `settle` (an editor's save can be several writes). Runs until
    /// the task is cancelled; `rebuilt` gets the changed paths and each outcome.
    public func watch(
        interval: Duration = .milliseconds(100), settle: Duration = .milliseconds(30),
        rebuilt: @Sendable ([String], Outcome) -> Void
    ) async {
        let watcher = SourceWatcher(folders: watchedFolders)
        var known = watcher.scan()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = watcher.scan()
            guard current != known else { continue }
            while !Task.isCancelled {
                try? await Task.sleep(for: settle)
                let again = watcher.scan()
                if again == current { break }
                current = again
            }
            let changed = SourceWatcher.changes(from: known, to: current)
            known = current
            rebuilt(changed, rebuild())
        }
    }
}
