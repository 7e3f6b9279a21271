import Foundation
import Testing
@testable import StudySite

extension PreviewSession {
    /// A session over a copy of the basic fixture and the shipped templates in `folder`
    /// (`content/`, `templates/`), built once; the caller closes it.
    static func overBasicFixture(in folder: TemporaryDirectory) throws -> PreviewSession {
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("basic/content"), to: folder.url.appendingPathComponent("content"))
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: folder.path("templates"))
        let session = try PreviewSession(contentDirectory: folder.path("content"), templatesDirectory: folder.path("templates"))
        #expect(session.rebuild().errors.isEmpty)
        return session
    }
}
