import Foundation

/// Decides whether a folder may receive the site. A build replaces its output folder whole,
/// so a wrong `-o` (`.`, `..`, `content`, a file) would destroy the user's own files; the
/// folder must be new, empty, or one StudySite wrote (it carries `marker` at its root).
enum OutputFolder {
    /// Written at the root of every site StudySite builds.
    public static let marker = ".studysite-output"
    static let markerText = "This folder was written by StudySite; the next build replaces it whole.\n"

    /// Throws, touching nothing, unless `output` may be replaced by a build reading `content`
    /// and `templates` from the current folder. `force` allows replacing a non-empty folder
    /// StudySite did not write, and nothing else.
    /// Each build replaces the output whole: a cache inside it would be lost every time.
    static func checkCache(_ cache: String, output: String) throws(BuildFailure) {
        let folder = URL(fileURLWithPath: cache).standardizedFileURL.path
        let site = URL(fileURLWithPath: output).standardizedFileURL.path
        if folder == site || folder.hasPrefix(site + "/") {
            throw BuildFailure(.error("the cache folder \(cache) is inside the output folder \(output), which each build replaces; pass --cache with another folder"))
        }
    }

    public static func check(_ output: String, content: String, templates: String, force: Bool) throws(BuildFailure) {
        guard !output.isEmpty else {
            throw refusal("the output folder is empty (`-o \"\"`); name a folder such as _site", output: output)
        }
        let target = realPath(output)
        let here = realPath(FileManager.default.currentDirectoryPath)
        if target == here || isAncestor(target, of: here) {
            throw refusal("the output folder \(output) is the current folder or holds it; a build would replace your files with the site", output: output)
        }
        for (role, folder) in [("content", content), ("templates", templates)] where !folder.isEmpty {
            let source = realPath(folder)
            if target == source || isAncestor(target, of: source) || isAncestor(source, of: target) {
                throw refusal("the output folder \(output) is, holds or lies inside the \(role) folder \(folder); choose a folder of its own such as _site", output: output)
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw refusal("\(output) is a file, not a folder; a build would replace it", output: output)
        }
        if force || isOurs(output) { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? [""]
        if !entries.isEmpty {
            throw refusal("\(output) is a folder StudySite did not write (no \(marker) in it) and is not empty; choose another folder, or pass --force to replace it", output: output)
        }
    }

    /// Whether `folder` is a site StudySite wrote: it carries the marker, or (a site built
    /// before the marker existed) its home page names StudySite as its generator.
    static func isOurs(_ folder: String) -> Bool {
        let root = URL(fileURLWithPath: folder)
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(marker).path) { return true }
        guard let home = FileManager.default.contents(atPath: root.appendingPathComponent("index.html").path) else { return false }
        return String(decoding: home.prefix(4096), as: UTF8.self).contains("<meta name=\"generator\" content=\"StudySite\">")
    }

    /// The absolute path with every symbolic link resolved; for a path that does not exist
    /// yet, its longest existing ancestor is resolved and the rest appended.
    static func realPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            guard existing != "/", !existing.isEmpty else { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    static func isAncestor(_ folder: String, of path: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    private static func refusal(_ message: String, output: String) -> BuildFailure {
        BuildFailure(.error("refusing to write the site: " + message + "; nothing was changed", at: output.isEmpty ? nil : SourceLocation(path: output)))
    }
}
