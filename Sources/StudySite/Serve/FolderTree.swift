#if os(Linux)
import Glibc

/// The watched folders as `FolderEvents` reports on them: every file's stamp, every folder's
/// watch, and the folders events named since the last look. Looking again re-lists only those
/// folders (about a hundred files each on the 10,000-note course) instead of all files.
struct FolderTree {
    private struct Folder {
        var watch: Int32?
        var files: Set<String> = []
        var subfolders: Set<String> = []
    }

    let roots: [String]
    let events: FolderEvents
    private(set) var stamps: [String: SourceWatcher.Stamp] = [:]
    /// A folder could not be watched because the system's limit on watches is reached.
    private(set) var limitReached = false
    private var folders: [String: Folder] = [:]
    /// A folder reached by two paths (a symlink) has one watch and both paths.
    private var paths: [Int32: Set<String>] = [:]
    private var dirty: Set<String> = []
    /// Folders created or moved in: re-listed whole even when their name was known (a folder
    /// deleted and made again has lost its watch, and the files it already holds made no event).
    private var appeared: Set<String> = []
    private var needsFullScan = false
    /// Each path's stamp before this update, recorded at its first change.
    private var previous: [String: SourceWatcher.Stamp?] = [:]
    private var dropped: Set<Int32> = []

    init(roots: [String], events: FolderEvents) {
        self.roots = roots
        self.events = events
        for root in roots { add(root) }
        previous = [:]
    }

    var hasPending: Bool { needsFullScan || !dirty.isEmpty }
    var hasFullScanPending: Bool { needsFullScan }

    /// Remembers which folders `batch` says to look at again.
    mutating func note(_ batch: FolderEvents.Batch) {
        if batch.overflowed { needsFullScan = true }
        for event in batch.events {
            guard let folders = paths[event.watch] else { continue }
            if !event.name.isEmpty && SourceWatcher.isLitter(event.name) { continue }
            dirty.formUnion(folders)
            if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                for folder in folders { appeared.insert(folder + "/" + event.name) }
            }
        }
    }

    /// Asks for every folder to be listed again (the occasional safety scan).
    mutating func noteFullScan() { needsFullScan = true }

    /// Looks again where events pointed (everywhere after an overflow) and returns the paths
    /// whose stamps changed, sorted.
    mutating func update() -> [String] {
        if needsFullScan {
            for root in roots { forget(root) }
            for root in roots { add(root) }
        } else {
            // Parents first, so a folder its parent's listing dropped is not looked at.
            for folder in dirty.sorted() { refresh(folder) }
        }
        // Watches whose every path went away; a folder moved within the course kept its watch.
        for watch in dropped where paths[watch] == nil { events.removeWatch(watch) }
        let changed = previous.filter { $0.value != stamps[$0.key] }.map(\.key).sorted()
        (dirty, appeared, previous, dropped, needsFullScan) = ([], [], [:], [], false)
        return changed
    }

    /// Watches `path` first, then lists it: a write after the watch is an event, one before it
    /// is in the listing, so a folder's contents made before it was watched are not missed.
    private mutating func add(_ path: String) {
        forget(path)
        var folder = Folder()
        switch events.addWatch(path) {
        case .added(let watch):
            folder.watch = watch
            paths[watch, default: []].insert(path)
        case .limitReached:
            limitReached = true
        case .failed:
            break
        }
        let opened = list(path, into: &folder)
        folders[path] = folder
        guard opened else { return forget(path) }
        for name in folder.subfolders { add(path + "/" + name) }
    }

    private mutating func refresh(_ path: String) {
        guard let old = folders[path] else { return }
        var folder = Folder(watch: old.watch)
        let opened = list(path, into: &folder)
        guard opened else { return forget(path) }
        for name in old.files.subtracting(folder.files) {
            setStamp(path + "/" + name, nil)
        }
        folders[path] = folder
        for name in old.subfolders.subtracting(folder.subfolders) { forget(path + "/" + name) }
        for name in folder.subfolders where !old.subfolders.contains(name) || appeared.contains(path + "/" + name) {
            add(path + "/" + name)
        }
    }

    /// Lists `path` into `folder` (its files' stamps recorded); false when it cannot be opened.
    private mutating func list(_ path: String, into folder: inout Folder) -> Bool {
        SourceWatcher.forEachEntry(in: path) { name, entry in
            switch entry {
            case .file(let stamp):
                folder.files.insert(name)
                setStamp(path + "/" + name, stamp)
            case .folder:
                folder.subfolders.insert(name)
            }
        }
    }

    private mutating func setStamp(_ path: String, _ stamp: SourceWatcher.Stamp?) {
        if previous[path] == nil { previous[path] = .some(stamps[path]) }
        stamps[path] = stamp
    }

    /// Drops a folder that went away (or is about to be listed afresh) and all below it.
    private mutating func forget(_ path: String) {
        guard let folder = folders.removeValue(forKey: path) else { return }
        for name in folder.files {
            setStamp(path + "/" + name, nil)
        }
        for name in folder.subfolders { forget(path + "/" + name) }
        if let watch = folder.watch {
            paths[watch]?.remove(path)
            if paths[watch]?.isEmpty == true {
                paths[watch] = nil
                dropped.insert(watch)
            }
        }
    }
}
#endif
