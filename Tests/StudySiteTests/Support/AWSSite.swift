import Foundation
import Synchronization
@testable import StudySite

/// The real course (content/ with templates/, as `make site` builds it), built once per test
/// run and shared by every test that only reads it. Its folder is removed when the run ends.
enum AWSSite {
    struct Build: Sendable {
        /// The built site's folder.
        let output: String
        /// Every file of the site, by path relative to `output`.
        let files: [String: Data]
        let diagnostics: [Diagnostic]

        /// A file of the site as text ("" when there is no such file).
        func text(_ path: String) -> String {
            String(decoding: files[path] ?? Data(), as: UTF8.self)
        }
    }

    /// The shared build; throws the build's failure in every test that asks for it.
    static func built() throws -> Build { try shared.get() }

    private static let shared = Result { () throws -> Build in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studysite-aws-site-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: AWSSite.folder) }
        folderPath.withLock { $0 = folder.path }
        let log = DiagnosticLog()
        _ = try Pipeline.build(
            BuildOptions(contentDirectory: Repository.content, templatesDirectory: Repository.templates, outputDirectory: folder.path),
            log: log)
        return Build(output: folder.path, files: try FileTree.read(folder), diagnostics: log.all)
    }

    private static let folderPath = Mutex<String>("")
    fileprivate static var folder: URL { URL(fileURLWithPath: folderPath.withLock { $0 }) }
}
