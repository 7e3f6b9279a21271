import Foundation

extension SiteWriter {
    /// Removes `.NAME.new-PID-N` and `.NAME.old-PID-N` folders beside `target` that a killed
    /// build left: only ones StudySite made (they carry the output marker) and whose build
    /// is no longer running, so a build running at the same time keeps its own.
    static func removeStaleStaging(beside target: URL) {
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            guard let pid = stagingProcess(entry, name: name), !isRunning(pid) else { continue }
            let folder = parent.appendingPathComponent(entry)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(OutputFolder.marker).path) else { continue }
            remove(folder)
        }
    }

    /// The process id in a staging folder's name, or nil when `entry` is not one for `name`.
    static func stagingProcess(_ entry: String, name: String) -> Int32? {
        for kind in [".new-", ".old-"] {
            let prefix = "." + name + kind
            guard entry.hasPrefix(prefix) else { continue }
            let parts = entry.dropFirst(prefix.count).split(separator: "-")
            guard parts.count == 2, UInt32(parts[1]) != nil else { return nil }
            return Int32(parts[0])
        }
        return nil
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) == 0 || errno == EPERM
    }
}
