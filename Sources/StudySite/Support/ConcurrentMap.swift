import Dispatch

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `map` across every core. Each result keeps its element's position, so the array
    /// equals a sequential `map`; when transforms fail, the error of the lowest index is
    /// thrown, as a sequential `map` would. A transform that cannot fail makes the map
    /// non-throwing (`Failure` is `Never`).
    func concurrentMap<T: Sendable, Failure: Error>(_ transform: @Sendable (Element) throws(Failure) -> T) throws(Failure) -> [T] {
        let count = self.count
        var results = [Result<T, Failure>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { offset in
                let element = self[startIndex + offset]
                do throws(Failure) {
                    slots.buffer[offset] = .success(try transform(element))
                } catch {
                    slots.buffer[offset] = .failure(error)
                }
            }
        }
        var values: [T] = []
        values.reserveCapacity(count)
        for result in results { values.append(try result!.get()) }
        return values
    }
}

/// The result buffer shared by the iterations: each index is written by exactly one
/// iteration and read only after all have finished, so no two threads touch one slot.
private struct Slots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
}
