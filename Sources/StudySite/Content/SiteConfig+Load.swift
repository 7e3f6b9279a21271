import Foundation

extension SiteConfig {
    /// `CONTENT_DIR/site.yml` on its own (for `check-links`), or nil when there is no such file.
    public static func load(contentDirectory: String, log: DiagnosticLog) throws(BuildFailure) -> SiteConfig? {
        let path = (contentDirectory as NSString).appendingPathComponent("site.yml")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw BuildFailure(.error("cannot read \(path) as UTF-8 text", at: SourceLocation(path: path)))
        }
        return try SiteConfigLoader.load(yaml: text, path: path, log: log)
    }
}
