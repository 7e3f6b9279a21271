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
        var pages: [ExtractedPage] = []
        for path in files.sorted() where Self.isHTML(path) {
            let fullPath = (siteDirectory as NSString).appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: fullPath) else {
                throw BuildFailure(.error("cannot read \(fullPath)"))
            }
            pages.append(LinkExtractor.extract(html: [UInt8](data), page: path, displayPath: fullPath))
        }
        return Scan(files: files, pages: pages)
    }

    static func isHTML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }
}
