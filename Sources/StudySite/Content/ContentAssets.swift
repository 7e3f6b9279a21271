/// Images and PDFs anywhere in the content folder (an Obsidian vault's `attachments/`, a
/// book's `img/`), copied into the site at the same path with each folder named as the notes'
/// folders are (`Networking/img/VPC Diagram.png` → `networking/img/VPC Diagram.png`), so a
/// relative link from a note next to them still finds them; the file keeps its name. Hidden
/// folders (`.obsidian/`, `.git/`) are not read at all (see `ContentTree`).
enum ContentAssets {
    /// Output path → the file's bytes. Two files landing on one path are an error naming both.
    static func find(_ tree: ContentTree, display: (String) -> String, log: DiagnosticLog) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var source: [String: String] = [:]
        for folder in tree.listings.keys.sorted() {
            for file in tree.listing(of: folder).files where Slug.isAssetFile(file[...]) {
                let relative = folder.isEmpty ? file : folder + "/" + file
                let output = folder.isEmpty ? file : Slug.pathSlug(folder) + "/" + file
                if let other = source[output] {
                    log.report(.error("\(display(other)) and this file would both be copied to \(output); rename one", at: SourceLocation(path: display(relative))))
                    continue
                }
                do throws(BuildFailure) {
                    files[output] = try ContentLoader.readBytes(atPath: tree.root + "/" + relative, path: display(relative))
                    source[output] = relative
                } catch {
                    log.report(error.diagnostics)
                }
            }
        }
        return files
    }
}
