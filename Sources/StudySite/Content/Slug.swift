import Foundation

/// Page and section names as they appear in URLs.
enum Slug {
    /// `Module 4 VPC` → `module-4-vpc`: lowercase ASCII letters, digits, `-` and `_`.
    static func fileSlug(_ name: String) -> String {
        asciiFileSlug(name) ?? characterFileSlug(name)
    }

    /// The definition, by Characters; names with non-ASCII letters take this path.
    static func characterFileSlug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        return result
    }

    /// The same slug on bytes when the name is ASCII, as nearly every file name is.
    private static func asciiFileSlug(_ name: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte.asciiLowercased
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_") {
                slug.append(lower)
            } else if slug.last != UInt8(ascii: "-") {
                slug.append(UInt8(ascii: "-"))
            }
        }
        return String(decoding: slug, as: UTF8.self)
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
