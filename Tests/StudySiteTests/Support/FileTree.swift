import Foundation

/// Every regular file under a folder: relative path → bytes.
enum FileTree {
    static func read(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let rootPath = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        return files
    }
}
