import Foundation
import Testing
@testable import StudySite

/// Every way a request path could leave the site folder is refused before a file is opened.
@Suite struct SitePathTests {
    let folder: TemporaryDirectory
    let root: String

    init() throws {
        folder = try TemporaryDirectory()
        try folder.write([
            "site/index.html": "home", "site/a b.html": "space", "site/docs/index.html": "docs",
            "site/assets/style.css": "css", "secret.txt": "outside",
        ])
        root = SitePath.realPath(folder.path("site"))!
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/escape.txt"), withDestinationPath: folder.path("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/inside.css"), withDestinationPath: "assets/style.css")
    }

    @Test func filesFoldersAndIndexPages() {
        #expect(SitePath.resolve("/", root: root) == .file(root + "/index.html"))
        #expect(SitePath.resolve("/assets/style.css?v=2", root: root) == .file(root + "/assets/style.css"))
        #expect(SitePath.resolve("/a%20b.html", root: root) == .file(root + "/a b.html"))
        #expect(SitePath.resolve("/docs/", root: root) == .file(root + "/docs/index.html"))
        #expect(SitePath.resolve("/docs", root: root) == .redirect(location: "/docs/"))
        #expect(SitePath.resolve("/./docs/./", root: root) == .file(root + "/docs/index.html"))
        #expect(SitePath.resolve("/missing.html", root: root) == .notFound)
        #expect(SitePath.resolve("/assets/", root: root) == .notFound, "a folder without index.html is not listed")
    }

    @Test func pathsOutOfTheSiteAreRefused() {
        for target in ["/../secret.txt", "/docs/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                       "/docs/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/docs%2f..%2f..%2fsecret.txt",
                       "/..%5csecret.txt", "/index.html%00.css", "/%zz", "secret.txt"] {
            #expect(SitePath.resolve(target, root: root) == .forbidden, "\(target)")
        }
    }

    @Test func symlinksAreFollowedOnlyInsideTheSite() {
        #expect(SitePath.resolve("/escape.txt", root: root) == .notFound)
        #expect(SitePath.resolve("/inside.css", root: root) == .file(root + "/assets/style.css"))
    }

    @Test func contentTypesAreThoseAStaticHostSends() {
        #expect(ContentType.of(path: "/x/page.html") == "text/html; charset=utf-8")
        #expect(ContentType.of(path: "style.CSS") == "text/css; charset=utf-8")
        #expect(ContentType.of(path: "search/shard-a.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.of(path: "diagram.svg") == "image/svg+xml")
        #expect(ContentType.of(path: "anki.tsv") == "text/tab-separated-values; charset=utf-8")
        #expect(ContentType.of(path: "README") == "application/octet-stream")
    }
}
