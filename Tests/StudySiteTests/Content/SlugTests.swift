import PropertyBased
import Testing
@testable import StudySite

/// `Slug.fileSlug`: page and folder names as they appear in URLs.
@Suite struct SlugTests {
    private static let characters: [Character] = ["a", "Q", "z", "0", "9", "-", "_", " ", ".", "&", "\t", "\r\n", "é", "İ", "ß"]
    private static let names = Gen.element(of: characters).map { $0! }.string(of: 0...12)

    @Test func slugsHoldOnlyURLSafeCharactersAndSlugToThemselves() async {
        await propertyCheck(input: Self.names) { name in
            let slug = Slug.fileSlug(name)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") })
            #expect(Slug.fileSlug(slug) == slug)
        }
    }

    /// ASCII names take a byte-by-byte path; it must slug as the character-by-character rule does.
    @Test func asciiNamesSlugAsTheCharacterRuleDoes() async {
        let ascii = Gen.element(of: Array("aQz09-_ .&\t\r\n/~(").map { $0 }).map { $0! }.string(of: 0...16)
        await propertyCheck(input: ascii) { name in
            var expected = ""
            var pendingDash = false
            for character in name.lowercased() {
                if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                    if pendingDash && !expected.hasSuffix("-") { expected.append("-") }
                    pendingDash = false
                    expected.append(character)
                } else if !expected.isEmpty {
                    pendingDash = true
                }
            }
            #expect(Slug.fileSlug(name) == expected)
        }
    }

    /// ASCII paths are told assets by their bytes; the answer must be the character rule's.
    @Test func assetFilesAreToldAsTheCharacterRuleTellsThem() async {
        let paths = Gen.element(of: Array("pngPNGjpegsvdf./md").map { $0 }).map { $0! }.string(of: 0...9)
        await propertyCheck(input: paths) { path in
            let expected: Bool
            if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") {
                expected = Slug.assetExtensions.contains(path[path.index(after: dot)...].lowercased())
            } else {
                expected = false
            }
            #expect(Slug.isAssetFile(path[...]) == expected)
        }
        #expect(Slug.isAssetFile("img/Diagram.JPEG"))
        #expect(!Slug.isAssetFile("img.png/notes.md"))
    }

    @Test func examples() {
        #expect(Slug.fileSlug("Module 4 VPC") == "module-4-vpc")
        #expect(Slug.fileSlug("ec2_pricing") == "ec2_pricing")
        #expect(Slug.fileSlug("Café notes") == "cafe-notes")
        #expect(Slug.fileSlug("VPC Basics") == "vpc-basics")
        #expect(Slug.fileSlug("What is IAM?") == "what-is-iam")
        #expect(Slug.fileSlug("(draft) a - b") == "draft-a--b")
        #expect(Slug.pathSlug("Networking/VPC Basics") == "networking/vpc-basics")
    }
}
