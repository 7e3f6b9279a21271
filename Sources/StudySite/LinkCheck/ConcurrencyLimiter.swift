import Synchronization

/// Bounds requests in flight, per host and in total. Waiters start in arrival
/// order as soon as both their host and the whole run have a free slot, so a
/// busy host never holds up the others. A lock rather than an actor: a free
/// slot is taken without a hop to another executor, which matters at 1,000s
/// of short requests.
final class ConcurrencyLimiter: Sendable {
    private struct State {
        var inFlight: [String: Int] = [:]
        var totalInFlight = 0
        var waiters: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let perHost: Int
    private let total: Int
    private let state = Mutex(State())

    init(perHost: Int, total: Int) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    /// Runs `operation` holding one slot of `host` and one of the total.
    func withSlot<Result: Sendable>(host: String, _ operation: () async -> Result) async -> Result {
        await acquire(host: host)
        let result = await operation()
        release(host: host)
        return result
    }

    private func acquire(host: String) async {
        if state.withLock({ take(host, in: &$0) }) { return }
        await withCheckedContinuation { continuation in
            let started = state.withLock { state in
                if take(host, in: &state) { return true }
                state.waiters.append((host, continuation))
                return false
            }
            if started { continuation.resume() }
        }
    }

    private func release(host: String) {
        let woken = state.withLock { state in
            state.inFlight[host, default: 1] -= 1
            state.totalInFlight -= 1
            var woken: [CheckedContinuation<Void, Never>] = []
            var index = 0
            while index < state.waiters.count, state.totalInFlight < total {
                if take(state.waiters[index].host, in: &state) {
                    woken.append(state.waiters.remove(at: index).continuation)
                } else {
                    index += 1
                }
            }
            return woken
        }
        for continuation in woken { continuation.resume() }
    }

    private func take(_ host: String, in state: inout State) -> Bool {
        guard state.totalInFlight < total, state.inFlight[host, default: 0] < perHost else { return false }
        state.inFlight[host, default: 0] += 1
        state.totalInFlight += 1
        return true
    }
}
