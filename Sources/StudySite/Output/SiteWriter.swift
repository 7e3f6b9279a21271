import Foundation

/// The Output stage: writes the whole site into a fresh directory beside the
/// target and swaps it in only when every file was written, so a failed build
/// leaves the previous site untouched.
public enum SiteWriter {
    public static func write(files: [String: String], assets: URL?, to output: String) throws(BuildFailure) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(unique)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(unique)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildFailure(.error("cannot create the output directory: \(error.localizedDescription)", at: SourceLocation(path: output)))
        }
        do {
            if let assets, fileManager.fileExists(atPath: assets.path) {
                try fileManager.copyItem(at: assets, to: staging.appendingPathComponent("assets"))
            }
            let paths = files.keys.sorted()
            var folders: Set<String> = []
            for path in paths {
                let folder = staging.appendingPathComponent(path).deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            // Files are independent once their folders exist: write them on every core.
            _ = try paths.concurrentMap { path throws(BuildFailure) in
                do {
                    try Data(files[path]!.utf8).write(to: staging.appendingPathComponent(path))
                } catch {
                    throw failure(error, output: output)
                }
            }
            // Swap: the old site moves aside, the new one takes its name, the old one goes.
            let hadPrevious = fileManager.fileExists(atPath: target.path)
            if hadPrevious { try fileManager.moveItem(at: target, to: retired) }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadPrevious { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadPrevious { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw (error as? BuildFailure) ?? failure(error, output: output)
        }
    }

    private static func failure(_ error: any Error, output: String) -> BuildFailure {
        BuildFailure(.error("cannot write the site: \(error.localizedDescription); the previous site is unchanged", at: SourceLocation(path: output)))
    }
}
