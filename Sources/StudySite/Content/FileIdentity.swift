import Foundation

/// What `stat` says of a file, enough to tell that it changed without reading it: the file
/// (device and inode, so a file renamed over it is another), its size, and when its data and
/// its inode last changed, to the nanosecond. A save through a new file and a rename has a
/// new inode; a write in place moves both times; `touch -d` back to an old time still moves
/// the inode's.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since 1970 (`st_mtim`, `st_ctim`).
    var modified: Int64
    var changed: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// File times advance by the kernel's clock tick (milliseconds; more on some file
    /// systems), so a write right after a read can leave the very same stamp. Every change
    /// moves the inode's change time (which, unlike the modification time, cannot be set
    /// back), so a stamp whose change time is older than `margin` before the read cannot be
    /// left again by a later write; a newer one proves nothing, and such a file is read again,
    /// as git re-reads a file that is "racily clean".
    func isRecent(now: Int64, margin: Int64) -> Bool {
        changed >= now - margin
    }

    /// The wall clock in nanoseconds, as file times count.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
