import Foundation
import TOMLKit

/// mdBook's `book.toml`, for a book built as it is (no site.yml): its `[book]` title,
/// description, authors and language name the site. mdBook keeps it beside `src/`, the
/// folder of notes, so it is looked for in the content folder and the one above it.
enum BookToml {
    static let fileName = "book.toml"

    /// The site.yml those fields make, and the file they came from; nil without a book.toml.
    /// A book.toml that cannot be read is a warning (the site is then named after its folder).
    static func siteYAML(forContent root: URL, display: (String) -> String, log: DiagnosticLog) -> (yaml: String, path: String)? {
        let here = root.appendingPathComponent(fileName)
        let above = root.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(fileName)
        let candidates = [(here, display(fileName)), (above, display("../" + fileName))]
        guard let (url, path) = candidates.first(where: { FileManager.default.fileExists(atPath: $0.0.path) }),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return nil }
        let book: TOMLTable
        do {
            book = try TOMLTable(string: text)["book"]?.table ?? TOMLTable()
        } catch {
            log.report(.warning("cannot read \(fileName): \(error)", at: SourceLocation(path: path)))
            return nil
        }
        // Pointed at the book's own folder, the notes would be a section named `src`.
        let source = book["src"]?.string ?? "src"
        var isFolder: ObjCBool = false
        if url == here, FileManager.default.fileExists(atPath: root.appendingPathComponent(source).path, isDirectory: &isFolder), isFolder.boolValue {
            log.report(.warning("this is an mdBook book, whose notes are in \(source)/: build that folder (studysite build \(display(source)))", at: SourceLocation(path: path)))
        }
        var lines: [String] = []
        if let title = book["title"]?.string { lines.append("title: " + YAMLText.quoted(title)) }
        if let description = book["description"]?.string { lines.append("description: " + YAMLText.quoted(description)) }
        if let authors = book["authors"]?.array?.compactMap({ $0.string }), !authors.isEmpty {
            lines.append("author: " + YAMLText.quoted(authors.joined(separator: ", ")))
        }
        if let language = book["language"]?.string { lines.append("language: " + YAMLText.quoted(language)) }
        guard lines.first?.hasPrefix("title: ") == true else { return nil }
        return (lines.joined(separator: "\n") + "\n", path)
    }
}
