import Synchronization

/// Runs `operation` in a task of its own and returns its result, or nil once `deadline` has
/// passed, without waiting for the operation to end: it is cancelled and finishes in the
/// background. For work that may not heed cancellation (a connection being made, a TLS
/// handshake, a client shutting down that waits for them), which a task group would wait for.
func result<Result: Sendable>(
    before deadline: ContinuousClock.Instant, of operation: @escaping @Sendable () async -> Result
) async -> Result? {
    let work = Task { await operation() }
    let continuation = Mutex<CheckedContinuation<Result?, Never>?>(nil)
    let resume = { @Sendable (value: Result?) in
        continuation.withLock { pending in
            pending?.resume(returning: value)
            pending = nil
        }
    }
    return await withCheckedContinuation { (waiting: CheckedContinuation<Result?, Never>) in
        continuation.withLock { $0 = waiting }
        let timer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            guard !Task.isCancelled else { return }
            work.cancel()
            resume(nil)
        }
        Task {
            let value = await work.value
            timer.cancel()
            resume(value)
        }
    }
}
