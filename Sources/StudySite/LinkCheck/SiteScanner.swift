import Foundation

/// Reads a built site from disk: every file's path, and the links and anchors of every HTML page.
struct SiteScanner {
    var siteDirectory: String

    struct Scan: Sendable {
        var files: Set<String>
        /// Sorted by path.
        var pages: [ExtractedPage]
    }

    func scan() throws(BuildFailure) -> Scan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(.error("no site directory at \(siteDirectory); run `studysite build` first"))
        }
        guard let enumerator = FileManager.default.enumerator(atPath: siteDirectory) else {
            throw BuildFailure(.error("cannot read the site directory \(siteDirectory)"))
        }
        var files: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { files.insert(path) }
        }
        let directory = siteDirectory
        // Pages parse independently (libxml2 keeps its parser state per thread), so on every core.
        let pages = try files.sorted().filter(Self.isHTML).concurrentMap { path throws(BuildFailure) -> ExtractedPage in
            let fullPath = (directory as NSString).appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: fullPath) else {
                throw BuildFailure(.error("cannot read \(fullPath)"))
            }
            return LinkExtractor.extract(html: [UInt8](data), page: path, displayPath: fullPath)
        }
        return Scan(files: files, pages: pages)
    }

    static func isHTML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }
}
