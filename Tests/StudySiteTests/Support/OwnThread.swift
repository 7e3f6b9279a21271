import Foundation

/// A task executor with a thread of its own (a serial queue), for a test's tasks that must
/// not wait for Swift's cooperative threads: on a two-core machine there are two, and other
/// tests block them while they wait for a child `studysite`. The loopback server would then
/// not answer its own client in time, and a watched folder would not be rebuilt in time.
final class OwnThread: TaskExecutor, @unchecked Sendable {
    /// The loopback HTTP server's.
    static let loopbackServer = OwnThread(label: "loopback-http-server")

    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
