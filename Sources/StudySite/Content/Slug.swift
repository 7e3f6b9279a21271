import Foundation

/// Page and section names as they appear in URLs.
enum Slug {
    /// `Module 4 VPC` → `module-4-vpc`, `Café` → `cafe`: lowercase ASCII letters, digits, `-`
    /// and `_`, accents dropped, each run of anything else one `-`, none at either end.
    /// Notes' file and folder names become URLs through it, and so do links to them
    /// (`LinkRewriter`), so a link written as the file is named finds the page.
    static func fileSlug(_ name: String) -> String {
        asciiFileSlug(name) ?? characterFileSlug(name)
    }

    /// `Networking/VPC Basics` → `networking/vpc-basics`: each segment through `fileSlug`.
    static func pathSlug(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { fileSlug(String($0)) }.joined(separator: "/")
    }

    /// The definition, by Characters; names with non-ASCII letters take this path. A run of
    /// other characters becomes one `-` only between kept ones, so none is left at either end.
    static func characterFileSlug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for character in name.folding(options: .diacriticInsensitive, locale: nil).lowercased() {
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

    /// The same slug on bytes when the name is ASCII, as nearly every file name is.
    private static func asciiFileSlug(_ name: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte.asciiLowercased
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_") {
                if pendingDash && slug.last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
                slug.append(lower)
            } else if !slug.isEmpty {
                pendingDash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Images and PDFs in the content folder, copied into the site beside the notes.
    static let assetExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf"]

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
