import Synchronization

/// What one note-by-note step of the build made of each note, kept between the builds of
/// `serve`: per note (by source path) the inputs the step last read and its result. A note
/// whose inputs equal last time's gets the kept result; the step runs on the others only.
///
/// `Scope` is what every note's result also depends on (site.yml, the glossary …): when it
/// differs from the last build's, nothing kept is used. Notes that are gone are forgotten.
/// Comparing inputs is cheap where it matters: a note unchanged since the last build hands
/// on the very strings and arrays kept here, which compare equal without reading them.
final class NoteMemo<Key: Equatable & Sendable, Value: Sendable, Scope: Equatable & Sendable>: Sendable {
    private struct Entry: Sendable {
        var key: Key
        var value: Value
    }

    private struct Store: Sendable {
        var scope: Scope?
        var entries: [String: Entry] = [:]
        var lastComputed = 0
    }

    private let store = Mutex(Store())

    /// The result for each note (`ids` and `keys` index for index): kept ones where the key
    /// is unchanged, and `compute` (given the indices of the others, in order) for the rest.
    /// A throwing `compute` keeps nothing new.
    func results(
        scope: Scope, ids: [String], keys: [Key], compute: ([Int]) throws(BuildFailure) -> [Value]
    ) throws(BuildFailure) -> [Value] {
        var sameScope = false
        var found: [Value?] = store.withLock { store in
            guard store.scope == scope else { return Array(repeating: nil, count: ids.count) }
            sameScope = true
            return ids.indices.map { index in
                guard let entry = store.entries[ids[index]], entry.key == keys[index] else { return nil }
                return entry.value
            }
        }
        let missing = found.indices.filter { found[$0] == nil }
        let computed = try compute(missing)
        precondition(computed.count == missing.count, "a memoized step returned \(computed.count) results for \(missing.count) notes")
        for (index, value) in zip(missing, computed) { found[index] = value }
        let values = found.map { $0! }
        store.withLock { store in
            // Updated in place: rebuilding 10,000 entries on every save cost more than the save.
            if !sameScope {
                store.entries = [:]
                store.scope = scope
            }
            store.lastComputed = missing.count
            for index in missing { store.entries[ids[index]] = Entry(key: keys[index], value: values[index]) }
            // Every id now has its entry; more entries than ids means notes are gone (or ids repeat).
            guard store.entries.count != ids.count else { return }
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(ids.count)
            for index in ids.indices { entries[ids[index]] = Entry(key: keys[index], value: values[index]) }
            store.entries = entries
        }
        return values
    }

    /// How many notes the last build ran the step on (for tests: an edit redoes one note).
    var lastComputed: Int { store.withLock { $0.lastComputed } }
}
