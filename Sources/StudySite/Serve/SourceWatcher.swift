import Foundation

/// What the watched folders hold: every file's size and modification time, folders created
/// after start included. `scan` reads all of it (the polling fallback and the occasional safety
/// scan); `forEachEntry` reads one folder, for `FolderTree` to look again only where inotify
/// said something changed. Editor litter (dot-files, `*~`, `.#lock` files) is ignored, so a
/// save is one change.
struct SourceWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
    }

    enum Entry {
        case file(Stamp)
        case folder
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

    /// Whether a name is an editor's or the system's litter rather than a source.
    static func isLitter<Name: StringProtocol>(_ name: Name) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }

    /// Calls `body` with each regular file and folder directly in `folder` (symlinks followed,
    /// litter and other kinds left out); false when the folder cannot be opened.
    @discardableResult
    static func forEachEntry(in folder: String, _ body: (String, Entry) -> Void) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        // Each name looked up in its open folder, not walked from `/`: 10,000 path walks made
        // most of a full scan's cost.
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if isLitter(name) { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                body(name, .folder)
            case S_IFREG:
                let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
                body(name, .file(Stamp(size: Int64(status.st_size), modified: modified)))
            default:
                continue
            }
        }
        return true
    }

    private static func scan(_ folder: String, into stamps: inout [String: Stamp]) {
        var subfolders: [String] = []
        forEachEntry(in: folder) { name, entry in
            switch entry {
            case .file(let stamp): stamps[folder + "/" + name] = stamp
            case .folder: subfolders.append(folder + "/" + name)
            }
        }
        for subfolder in subfolders { scan(subfolder, into: &stamps) }
    }
}
