import Foundation

/// Page and section names as they appear in URLs.
enum Slug {
    /// `Module 4 VPC` → `module-4-vpc`, `Café` → `cafe`: lowercase ASCII letters, digits, `-`
    /// and `_`, accents dropped, each run of anything else one `-`, none at either end.
    /// Notes' file and folder names become URLs through it, and so do links to them
    /// (`LinkRewriter`), so a link written as the file is named finds the page.
    static func fileSlug(_ name: String) -> String {
        // Folding goes through Foundation; an ASCII name, nearly every one, has no accent to fold.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(name) }
        let folded = name.folding(options: .diacriticInsensitive, locale: nil)
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

    /// `fileSlug` of an ASCII name, byte by byte: the same rule without Unicode's character
    /// properties, which cost more than reading 10,000 notes' names did.
    private static func asciiSlug(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for byte in name.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            let kept = (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
                || lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_")
            if kept {
                if pendingDash && result.last != UInt8(ascii: "-") { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(lower)
            } else if !result.isEmpty {
                pendingDash = true
            }
        }
        return String(decoding: result, as: UTF8.self)
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
        // Every file of the content folder is asked, most of them notes: ASCII names by their bytes.
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            let utf8 = path.utf8
            guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
            let tail = utf8[utf8.index(after: dot)...]
            guard tail.count <= 4, !tail.contains(UInt8(ascii: "/")) else { return false }
            return assetExtensions.contains(String(decoding: tail.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self))
        }
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
