import Foundation

/// Notices edits, creations, renames and deletions anywhere under the watched folders by
/// polling: every file's size and modification time, folders created after start included.
/// Polling is portable and needs no per-folder registration (inotify is not recursive).
/// Editor litter (dot-files, `*~`, `.#lock` files) is ignored, so a save is one change.
struct SourceWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
    }

    let folders: [String]

    /// Every watched file and its stamp; missing folders give nothing.
    func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders { Self.scan(folder, into: &stamps) }
        return stamps
    }

    /// The paths that differ between two scans, sorted, for the "rebuilding after …" line.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = new.filter { old[$0.key] != $0.value }.map(\.key)
        changed += old.keys.filter { new[$0] == nil }
        return changed.sorted()
    }

    private static func scan(_ folder: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        // Each name looked up in its open folder, not walked from `/`: the pause between scans
        // is five times a scan, and 10,000 path walks made it most of a save's wait.
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            let path = folder + "/" + name
            var status = stat()
            guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                scan(path, into: &stamps)
            case S_IFREG:
                let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
                stamps[path] = Stamp(size: Int64(status.st_size), modified: modified)
            default:
                continue
            }
        }
    }
}
