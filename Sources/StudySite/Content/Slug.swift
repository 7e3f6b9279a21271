import Foundation

/// Page and section names as they appear in URLs.
enum Slug {
    /// `Module 4 VPC` → `module-4-vpc`, `Café` → `cafe`: lowercase ASCII letters, digits, `-`
    /// and `_`, accents dropped, each run of anything else one `-`, none at either end.
    /// Notes' file and folder names become URLs through it, and so do links to them
    /// (`LinkRewriter`), so a link written as the file is named finds the page.
    static func fileSlug(_ name: String) -> String {
        // Folding goes through Foundation; an ASCII name, nearly every one, has no accent to fold.
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: .diacriticInsensitive, locale: nil)
        var result = ""
        var pendingDash = false
        // A run of other characters becomes one `-` only between kept ones, so none is left at either end.
        for character in folded.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                if pendingDash && !result.hasSuffix("-") { result.append("-") }
                pendingDash = false
                result.append(character)
            } else if !result.isEmpty {
                pendingDash = true
            }
        }
        return result
    }

    /// `Networking/VPC Basics` → `networking/vpc-basics`: each segment through `fileSlug`.
    static func pathSlug(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { fileSlug(String($0)) }.joined(separator: "/")
    }

    /// Images, PDFs and recordings in the content folder, copied into the site beside the notes.
    static let assetExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf",
        // Recordings a vault embeds (`![[lecture.mp3]]`), in the formats browsers play.
        "mp3", "m4a", "ogg", "oga", "wav", "flac", "mp4", "m4v", "webm", "ogv", "vtt",
    ]

    /// `diagram.PNG`, `a/b.svg`: a file the build copies as an asset.
    static func isAssetFile(_ path: Substring) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return assetExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    static func isValidFileName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// `networking-basics` → `Networking basics`.
    static func titleFromFileName(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
