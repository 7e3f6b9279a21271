#if os(Linux)
import Foundation
import Synchronization

/// The kernel's word that something changed in a folder (inotify), so `serve` looks again only
/// where a save happened instead of stat-ing every file of the course on a timer. inotify is not
/// recursive: each folder gets its own watch (`FolderTree` adds them as it finds folders).
///
/// The descriptor is read on a thread of its own, blocked in `poll`: waiting for a save costs
/// no CPU and holds none of Swift's cooperative threads (two on a 2-core machine; a blocked one
/// once starved a test's server). The thread only collects the bytes; they are parsed on the
/// watching side, which owns the map from watches to folders.
final class FolderEvents: Sendable {
    enum Watch: Equatable {
        case added(Int32)
        /// The system's limit on watches (`fs.inotify.max_user_watches`) is reached.
        case limitReached
        /// The folder is gone or unreadable; its listing will say the same.
        case failed
    }

    struct Event: Equatable {
        var watch: Int32
        var mask: UInt32
        /// The entry the event is about, inside the watched folder; empty for the folder itself.
        var name: String
    }

    /// What arrived since the last `take`.
    struct Batch {
        var events: [Event] = []
        /// Events were lost (the kernel's queue or ours overflowed): only a full scan is sure.
        var overflowed = false
        var isEmpty: Bool { events.isEmpty && !overflowed }
    }

    private struct Pending {
        var bytes: [UInt8] = []
        var overflowed = false
    }

    /// Creations, deletions, renames, writes and `touch`; not opens or reads (the build's own).
    static let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE
        | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    private let descriptor: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let pending = Mutex(Pending())
    private let pendingLimit: Int
    /// Rings once for each read (and each `tick` without one); several rings fold into one.
    let arrivals: AsyncStream<Void>

    /// Starts reading; nil with the reason when inotify cannot be used. `pendingLimit` bounds
    /// the bytes kept while a long build runs (a checkout of the whole course): past it the
    /// batch is marked overflowed. `tick` rings the bell even when nothing arrived, for the
    /// watcher's occasional safety scan.
    init(pendingLimit: Int = 4 << 20, tick: Duration = .seconds(1)) throws(FolderEventsError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw FolderEventsError(errno: errno) }
        var ends: [Int32] = [0, 0]
        // A pipe to wake the reading thread for `stop` (pipe2 is not in Swift's Glibc).
        guard pipe(&ends) == 0 else {
            let error = errno
            close(descriptor)
            throw FolderEventsError(errno: error)
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        self.descriptor = descriptor
        wakeRead = ends[0]
        wakeWrite = ends[1]
        self.pendingLimit = pendingLimit
        let (arrivals, bell) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        self.arrivals = arrivals
        let milliseconds = Int32(tick.components.seconds * 1000 + tick.components.attoseconds / 1_000_000_000_000_000)
        let thread = Thread { [self] in
            read(ringing: bell, tickMilliseconds: milliseconds)
            bell.finish()
        }
        thread.name = "studysite-folder-events"
        thread.start()
    }

    deinit {
        close(descriptor)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Ends the reading thread; the descriptors close when the last reference goes.
    func stop() {
        var byte: UInt8 = 0
        _ = write(wakeWrite, &byte, 1)
    }

    func addWatch(_ folder: String) -> Watch {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        if watch >= 0 { return .added(watch) }
        return errno == ENOSPC ? .limitReached : .failed
    }

    func removeWatch(_ watch: Int32) {
        _ = inotify_rm_watch(descriptor, watch)
    }

    /// The events read since the last call, without waiting.
    func take() -> Batch {
        let taken = pending.withLock { pending in
            defer { pending = Pending() }
            return pending
        }
        var batch = Batch(events: [], overflowed: taken.overflowed)
        taken.bytes.withUnsafeBytes { bytes in
            // struct inotify_event: wd, mask, cookie, len, then `len` bytes of NUL-padded name.
            var offset = 0
            while offset + 16 <= bytes.count {
                let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let name = bytes[(offset + 16)..<min(bytes.count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    batch.overflowed = true
                    continue
                }
                batch.events.append(Event(watch: watch, mask: mask, name: String(decoding: name, as: UTF8.self)))
            }
        }
        return batch
    }

    private func read(ringing bell: AsyncStream<Void>.Continuation, tickMilliseconds: Int32) {
        var sources = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        // Large enough for many events per read; the kernel never splits one across reads.
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let ready = poll(&sources, 2, tickMilliseconds)
            if ready < 0 && errno != EINTR { return }
            if sources[1].revents != 0 { return }
            guard ready > 0, sources[0].revents & Int16(POLLIN) != 0 else {
                if ready == 0 { bell.yield() }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return
            }
            pending.withLock { pending in
                if pending.overflowed { return }
                if pending.bytes.count + count > pendingLimit {
                    pending.bytes = []
                    pending.overflowed = true
                } else {
                    pending.bytes.append(contentsOf: buffer[..<count])
                }
            }
            bell.yield()
        }
    }
}

/// Why inotify could not be used (`inotify_init1` failed: too many instances, no memory).
struct FolderEventsError: Error, CustomStringConvertible {
    var errno: Int32
    var description: String { String(cString: strerror(errno)) }
}
#endif
