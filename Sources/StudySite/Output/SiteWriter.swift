import Foundation

/// The Output stage: files go into a fresh directory beside the target as they are rendered,
/// and it is swapped in only when every file was written, so a failed build leaves the
/// previous site untouched. Pages stream in from every core: a large site is never held
/// in memory whole.
final class SiteWriter: Sendable {
    private let output: String
    private let target: URL
    private let staging: URL
    /// `staging` as a path, for the file names `write` makes from every core (a `URL` per
    /// file was a measurable share of writing 10,000 files).
    private let stagingPath: String
    private let retired: URL
    private let move: Move

    /// Renames a folder; a seam so tests can make the swap fail (root ignores permissions).
    typealias Move = @Sendable (_ from: URL, _ to: URL) throws -> Void

    /// The staged site, complete once every file is written: checks run on it before `commit`.
    public var stagedPath: String { stagingPath }

    /// Creates the staging directory, marked as StudySite's (see `OutputFolder`), and removes
    /// staging folders a killed build left beside the output.
    public convenience init(output: String) throws(BuildFailure) {
        try self.init(output: output, move: { try FileManager.default.moveItem(at: $0, to: $1) })
    }

    init(output: String, move: @escaping Move) throws(BuildFailure) {
        self.output = output
        self.move = move
        target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(unique)")
        retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(unique)")
        stagingPath = staging.path
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            try Data(OutputFolder.markerText.utf8).write(to: staging.appendingPathComponent(OutputFolder.marker))
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw BuildFailure(.error("cannot create the output directory: \(error.localizedDescription)", at: SourceLocation(path: output)))
        }
        SiteWriter.removeStaleStaging(beside: target)
    }

    /// Creates the folders `paths` (site-relative file paths) need, before files are
    /// written into them from several threads.
    public func prepareFolders(for paths: some Sequence<String>) throws(BuildFailure) {
        var folders: Set<String> = []
        for path in paths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = String(path[..<slash])
            guard folders.insert(folder).inserted else { continue }
            do {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw failure(error)
            }
        }
    }

    /// Writes one file, straight from the string's UTF-8 bytes (no `Data` copy). Its folder
    /// must exist (see `prepareFolders`).
    public func write(_ contents: String, to path: String) throws(BuildFailure) {
        var contents = contents
        let written = contents.withUTF8 { write($0, to: path) }
        guard written == 0 else { throw writeFailure(path, written) }
    }

    /// Writes bytes as they are (an image, a PDF).
    public func write(bytes contents: [UInt8], to path: String) throws(BuildFailure) {
        let written = contents.withUnsafeBufferPointer { write($0, to: path) }
        guard written == 0 else { throw writeFailure(path, written) }
    }

    /// 0, or the `errno` of the failure.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Int32 {
        let file = stagingPath + "/" + path
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }

    private func writeFailure(_ path: String, _ code: Int32) -> BuildFailure {
        BuildFailure(.error("cannot write the site: \(path): \(String(cString: strerror(code))); the previous site is unchanged", at: SourceLocation(path: output)))
    }

    /// Copies the templates' `assets/` folder, without the files named in `leavingOut`
    /// (paths inside the folder: the search script of a site built with `search: false`).
    public func copyAssets(from assets: URL, leavingOut: [String] = []) throws(BuildFailure) {
        guard FileManager.default.fileExists(atPath: assets.path) else { return }
        let copy = staging.appendingPathComponent("assets")
        try AssetCopy.copy(from: assets, to: copy)
        do {
            for path in leavingOut where FileManager.default.fileExists(atPath: copy.appendingPathComponent(path).path) {
                try FileManager.default.removeItem(at: copy.appendingPathComponent(path))
            }
        } catch {
            throw failure(error)
        }
    }

    /// Swaps the staged site in: the old site moves aside, the new one takes its name, the old one goes.
    public func commit() throws(BuildFailure) {
        let fileManager = FileManager.default
        do {
            let hadPrevious = fileManager.fileExists(atPath: target.path)
            if hadPrevious { try move(target, retired) }
            do {
                try move(staging, target)
            } catch {
                if hadPrevious { try? move(retired, target) }
                throw error
            }
            if hadPrevious { SiteWriter.remove(retired) }
        } catch {
            discard()
            throw failure(error)
        }
    }

    /// Removes a folder and everything in it. (Removing its entries on both cores saved 1.6 %
    /// of a 10,000-page build, below what earns a second code path; see docs/performance.md.)
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Removes the staged files; the previous site stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func failure(_ error: any Error) -> BuildFailure {
        BuildFailure(.error("cannot write the site: \(error.localizedDescription); the previous site is unchanged", at: SourceLocation(path: output)))
    }
}
