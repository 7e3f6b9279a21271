import Synchronization

/// Hands each finished build's generation number to every open page's event stream.
final class ReloadBroadcaster: Sendable {
    private struct State {
        var nextID = 0
        var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    }

    private let state = Mutex(State())

    /// A stream of generation numbers, starting with `current`; ends when `cancel` is called.
    func subscribe(current: Int) -> (id: Int, stream: AsyncStream<Int>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        continuation.yield(current)
        let id = state.withLock { state in
            state.nextID += 1
            state.subscribers[state.nextID] = continuation
            return state.nextID
        }
        return (id, stream)
    }

    func cancel(_ id: Int) {
        state.withLock { $0.subscribers.removeValue(forKey: id) }?.finish()
    }

    func publish(_ generation: Int) {
        for continuation in state.withLock({ Array($0.subscribers.values) }) {
            continuation.yield(generation)
        }
    }

    func finishAll() {
        for continuation in state.withLock({ state in defer { state.subscribers = [:] }; return Array(state.subscribers.values) }) {
            continuation.finish()
        }
    }

    var subscriberCount: Int { state.withLock { $0.subscribers.count } }
}
