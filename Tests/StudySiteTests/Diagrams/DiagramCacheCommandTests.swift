import Foundation
import Testing

/// The cache folder as the `studysite build` command chooses it.
@Suite struct DiagramCacheCommandTests {
    static let files = [
        "site.yml": "title: \"T\"\n",
        "net.md": "---\ntitle: \"Net\"\n---\n```dot\n// caption: Two hosts\ndigraph { a -> b }\n```\n",
    ]

    @Test func cacheGoesBesideTheContentFolderByDefault() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.files, under: "notes")
        let result = try runStudySite(["build", "notes", "--output", "out", "--templates", Repository.templates], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path(".studysite-cache/diagrams"))
        #expect(entries.contains { $0.hasSuffix(".svg") })
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/.studysite-cache")))
    }

    @Test func cacheInsideTheOutputIsRefused() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.files, under: "notes")
        let result = try runStudySite(["build", "notes", "--output", "out", "--cache", "out/cache", "--templates", Repository.templates], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("is inside the output folder out"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }
}
