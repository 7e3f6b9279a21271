import Foundation

/// What the content folder holds, read once with `lstat` before any file is opened: a FIFO
/// named `x.md` would block a read forever and a device would never end, so only regular
/// files are read. Names are read as the file system spells them, so a name that is not
/// UTF-8 is reported as such rather than as a file that does not exist.
struct ContentTree {
    /// Regular files and folders of one folder, by name, sorted; hidden ones left out.
    struct Listing {
        var files: [String] = []
        var folders: [String] = []
    }

    /// Folder (relative to the content folder, `""` for itself) → what it holds.
    private(set) var listings: [String: Listing] = [:]

    func listing(of folder: String) -> Listing { listings[folder] ?? Listing() }

    /// Each regular file's `stat` (relative path → identity), when asked for: a caller that
    /// kept what it read of the files last time reads again only those whose identity changed.
    private(set) var identities: [String: FileIdentity] = [:]

    /// The content folder as given, without a trailing `/`.
    let root: String

    /// Reads every folder below `root`. A symbolic link must stay inside the content folder:
    /// one leading out (to `/etc`, another project, `/dev/zero`) is an error naming the link.
    /// `display` turns a relative path into the path shown in messages.
    init(root: String, display: (String) -> String, recordingIdentities: Bool = false, log: DiagnosticLog) {
        self.root = root
        let realRoot = ContentTree.realPath(root) ?? root
        var pending = [""]
        var visited: Set<String> = [realRoot]
        while let folder = pending.popLast() {
            let path = folder.isEmpty ? root : root + "/" + folder
            guard let names = ContentTree.names(in: path, display: display(folder), log: log) else { continue }
            // Each name looked up in its folder, not from `/` down: 10,000 paths walked cost.
            let folderDescriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if folderDescriptor >= 0 { close(folderDescriptor) } }
            var listing = Listing()
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                guard let kind = ContentTree.kind(of: name, in: folderDescriptor, path: path + "/" + name, inside: realRoot, shown: display(relative), log: log) else { continue }
                switch kind {
                case .regular(let info):
                    listing.files.append(name)
                    if recordingIdentities { identities[relative] = FileIdentity(info) }
                case .folder(let real):
                    listing.folders.append(name)
                    if visited.insert(real).inserted { pending.append(relative) }
                case .other(let what):
                    if name.hasSuffix(".md") || name.hasSuffix(".yml") {
                        log.report(.warning("skipped: \(what), not a regular file", at: SourceLocation(path: display(relative))))
                    }
                }
            }
            listings[folder] = listing
        }
    }

    private enum Kind {
        case regular(stat)
        case folder(realPath: String)
        case other(String)
    }

    /// The names in `path`, sorted, hidden ones (`.git`, `.DS_Store`) left out; nil, reported,
    /// when the folder cannot be read.
    private static func names(in path: String, display: String, log: DiagnosticLog) -> [String]? {
        guard let directory = opendir(path) else {
            log.report(.error("cannot read folder: \(String(cString: strerror(errno)))", at: SourceLocation(path: display)))
            return nil
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                log.report(.error(
                    "the name \"\(shown)\" is not valid UTF-8 (shown with � for the bad bytes); rename it",
                    at: SourceLocation(path: (display.hasSuffix("/") ? display : display + "/") + shown)))
                continue
            }
            names.append(name)
        }
        return names.sorted()
    }

    /// What `name` in the folder open as `folder` (at `path`) is, following a symbolic link
    /// only when it stays inside `root`; nil, reported, for a link leading out or nowhere.
    private static func kind(
        of name: String, in folder: Int32, path: @autoclosure () -> String, inside root: String, shown: @autoclosure () -> String, log: DiagnosticLog
    ) -> Kind? {
        var info = stat()
        let found = folder >= 0 ? fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) : lstat(path(), &info)
        guard found == 0 else {
            log.report(.error("cannot read: \(String(cString: strerror(errno)))", at: SourceLocation(path: shown())))
            return nil
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            let path = path()
            guard let target = realPath(path) else {
                log.report(.error("symbolic link leads nowhere: \(String(cString: strerror(errno)))", at: SourceLocation(path: shown())))
                return nil
            }
            guard target.hasPrefix(root + "/") else {
                log.report(.error(
                    "symbolic link points outside the content folder, to \(target); copy what it points to into the content folder",
                    at: SourceLocation(path: shown())))
                return nil
            }
            guard stat(target, &info) == 0 else { return nil }
            return kind(info) { target }
        }
        return kind(info) { realPath(path()) ?? path() }
    }

    /// `realPath` is asked for folders only: resolving each of 10,000 notes would cost.
    private static func kind(_ info: stat, realPath: () -> String) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(info)
        case S_IFDIR: return .folder(realPath: realPath())
        case S_IFIFO: return .other("a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: return .other("a device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("a special file")
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
