import Foundation

/// Copies `templates/assets` into the site, file by file. A symbolic link is followed only
/// when it stays inside the assets folder, and its target copied (a link copied as a link
/// would publish an absolute path into the site, or a file from anywhere on the machine).
/// Anything but files and folders (a FIFO, a device) is refused: it cannot be published.
enum AssetCopy {
    static func copy(from assets: URL, to destination: URL) throws(BuildFailure) {
        let shownRoot = assets.relativePath
        guard let realRoot = ContentTree.realPath(assets.path) else { return }
        var problems: [Diagnostic] = []
        var pending: [(source: String, relative: String)] = [(realRoot, "")]
        var visited: Set<String> = [realRoot]
        let fileManager = FileManager.default
        while let (source, relative) = pending.popLast() {
            let target = relative.isEmpty ? destination.path : destination.path + "/" + relative
            do {
                try fileManager.createDirectory(atPath: target, withIntermediateDirectories: true)
                for name in try fileManager.contentsOfDirectory(atPath: source).sorted() {
                    let path = source + "/" + name
                    let childRelative = relative.isEmpty ? name : relative + "/" + name
                    let shown = SourceLocation(path: shownRoot + "/" + childRelative)
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    var resolved = path
                    if info.st_mode & S_IFMT == S_IFLNK {
                        guard let real = ContentTree.realPath(path), real.hasPrefix(realRoot + "/"), stat(real, &info) == 0 else {
                            let leadsTo = ContentTree.realPath(path).map { "outside \(shownRoot), to \($0)" } ?? "nowhere"
                            problems.append(.error("symbolic link points \(leadsTo); copy the file into \(shownRoot) instead", at: shown))
                            continue
                        }
                        resolved = real
                    }
                    switch info.st_mode & S_IFMT {
                    case S_IFREG:
                        try fileManager.copyItem(atPath: resolved, toPath: target + "/" + name)
                    case S_IFDIR:
                        let real = ContentTree.realPath(resolved) ?? resolved
                        if visited.insert(real).inserted { pending.append((real, childRelative)) }
                    default:
                        problems.append(.error("not a regular file or folder (a FIFO or a device, say); remove it from \(shownRoot)", at: shown))
                    }
                }
            } catch {
                problems.append(.error("cannot copy the assets: \(error.localizedDescription)", at: SourceLocation(path: shownRoot + "/" + relative)))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }
}
