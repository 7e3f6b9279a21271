import Foundation

/// Where a request path leads inside the served site, decided before any file is opened.
/// The rules keep every answer inside the site folder: `..` segments, encoded slashes and
/// NUL bytes are refused outright, and a path that resolves (through symlinks) to a place
/// outside the folder is treated as missing.
enum SitePath: Equatable {
    /// A regular file to send.
    case file(String)
    /// A folder asked for without its trailing slash: redirect to `location`.
    case redirect(location: String)
    /// Nothing there: send the site's 404 page.
    case notFound
    /// A path no site could hold (`..`, `%2F`, invalid percent-encoding).
    case forbidden

    /// Resolves `target` (the request target: path, optional `?query`) against `root`, a
    /// folder given by its real path (no symlinks in it).
    static func resolve(_ target: String, root: String) -> SitePath {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return .forbidden }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding else { return .forbidden }
            if segment.contains("/") || segment.contains("\\") || segment.contains("\0") { return .forbidden }
            if segment == ".." { return .forbidden }
            if segment == "." { continue }
            segments.append(segment)
        }
        let candidate = segments.isEmpty ? root : root + "/" + segments.joined(separator: "/")
        guard let real = realPath(candidate), real == root || real.hasPrefix(root + "/") else { return .notFound }
        var status = stat()
        guard stat(real, &status) == 0 else { return .notFound }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return .file(real)
        case S_IFDIR:
            guard path.hasSuffix("/") else { return .redirect(location: String(path) + "/") }
            let index = real + "/index.html"
            var indexStatus = stat()
            guard stat(index, &indexStatus) == 0, indexStatus.st_mode & S_IFMT == S_IFREG else { return .notFound }
            return .file(index)
        default:
            return .notFound
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
