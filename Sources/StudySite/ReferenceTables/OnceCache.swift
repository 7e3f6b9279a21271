import Synchronization

/// A value computed on first use and kept for the rest of one build, such as a data
/// file several blocks read. Owned by the build's `GeneratorContext`, never global,
/// so builds (and tests) never share it.
final class OnceCache<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)

    init() {}

    func value(_ make: () -> Value) -> Value {
        state.withLock { stored in
            if let stored { return stored }
            let value = make()
            stored = value
            return value
        }
    }
}
