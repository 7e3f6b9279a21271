import Foundation

extension ContentLoader {
    /// File extensions of the images copied from the content folder into the site.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp"]

    /// Every image in the content folder (an Obsidian vault's attachments, say), by path in the
    /// folder, from the listing `tree` made: hidden folders (`.obsidian/`) are not in it, and
    /// a symbolic link leading out of the content folder was turned away there.
    static func readAttachments(_ tree: ContentTree, root: URL, display: (String) -> String, log: DiagnosticLog) -> [String: [UInt8]] {
        var attachments: [String: [UInt8]] = [:]
        for (folder, listing) in tree.listings {
            for name in listing.files {
                guard let dot = name.lastIndex(of: "."), imageExtensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                do {
                    attachments[relative] = [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
                } catch {
                    log.report(.error("cannot read the image: \(error.localizedDescription)", at: SourceLocation(path: display(relative))))
                }
            }
        }
        return attachments
    }
}
