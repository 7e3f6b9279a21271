import Foundation

/// Everything Content read: the site, each page's Markdown body (index for index with
/// `site.pages`) and the other input files as text, for the stages that interpret them.
struct LoadedContent: Sendable {
    var site: Site
    var markdown: [String]
    var files: InputFiles
    /// What was read of each note, for the next load of the same folder, when the caller asked (`serve`).
    var reads: NoteReads? = nil
}

extension ContentLoader {
    static let glossaryFileName = "glossary.yml"
    static let dataFolder = "data"

    /// `glossary.yml` and every `data/*.yml`, when present; a file that cannot be read is an error at it.
    static func readInputFiles(root: URL, display: (String) -> String, log: DiagnosticLog) -> InputFiles {
        var files = InputFiles()
        func read(_ relative: String) -> TextFile? {
            let path = display(relative)
            do throws(BuildFailure) {
                return TextFile(path: path, text: try readText(at: root.appendingPathComponent(relative), path: path))
            } catch {
                log.report(error.diagnostics)
                return nil
            }
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(glossaryFileName).path) {
            files.glossary = read(glossaryFileName)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dataFolder).path)) ?? []
        for name in names.sorted() where name.hasSuffix(".yml") && !name.hasPrefix(".") {
            let relative = dataFolder + "/" + name
            if let file = read(relative) { files.data[relative] = file }
        }
        return files
    }
}
