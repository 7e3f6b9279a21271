#if os(Linux)
extension PreviewSession {
    /// Waits for inotify to name a changed folder, lets the burst settle, re-lists only the
    /// named folders and rebuilds. An idle server costs nothing but a wake-up a second and a
    /// full scan every `safetyScans` × its own cost (at least 2 s), which catches what events
    /// cannot see (a network mount written from elsewhere, a folder that was missing at start).
    /// Returns nil when cancelled, or the stamps to go on polling from when inotify cannot be
    /// used or runs out of watches.
    func watchByEvents(
        from known: [String: SourceWatcher.Stamp], settle: Duration, safetyScans: Int = 200,
        warning: @Sendable (String) -> Void, rebuilt: @Sendable ([String], Outcome) -> Void
    ) async -> [String: SourceWatcher.Stamp]? {
        let events: FolderEvents
        do throws(FolderEventsError) {
            events = try FolderEvents()
        } catch {
            warning("warning: cannot watch the folders with inotify (\(error)); polling them instead")
            return known
        }
        defer { events.stop() }
        let clock = ContinuousClock()
        var start = clock.now
        var tree = FolderTree(roots: watchedFolders, events: events)
        var fullScanEvery = max(.seconds(2), start.duration(to: clock.now) * safetyScans)
        var lastFullScan = clock.now
        // Saves made during the first build, before the folders were watched.
        var changed = SourceWatcher.changes(from: known, to: tree.stamps)
        var arrivals = events.arrivals.makeAsyncIterator()
        while true {
            if !changed.isEmpty {
                let outcome = rebuild()
                // Stopped (Ctrl-C) mid-build: not a failure to report.
                if Task.isCancelled { return nil }
                rebuilt(changed, outcome)
                changed = []
            }
            if tree.limitReached {
                warning("warning: the system's limit on inotify watches (fs.inotify.max_user_watches) is reached; polling the folders instead")
                return tree.stamps
            }
            // Ends when the task is cancelled (Ctrl-C).
            guard await arrivals.next() != nil else { return nil }
            tree.note(events.take())
            if !tree.hasPending {
                guard lastFullScan.duration(to: clock.now) >= fullScanEvery else { continue }
                tree.noteFullScan()
            }
            // Quiet for `settle`: an editor's save is done.
            while !Task.isCancelled {
                try? await Task.sleep(for: settle)
                let more = events.take()
                if more.isEmpty { break }
                tree.note(more)
            }
            if Task.isCancelled { return nil }
            start = clock.now
            let full = tree.hasFullScanPending
            changed = tree.update()
            if full {
                fullScanEvery = max(.seconds(2), start.duration(to: clock.now) * safetyScans)
                lastFullScan = clock.now
            }
        }
    }
}
#endif
