import PropertyBased
import Testing
@testable import StudySite

/// `Slug.fileSlug` takes a byte path for ASCII names; it must agree with the Character
/// definition it replaces, and non-ASCII names still take the Character path.
@Suite struct SlugTests {
    private static let characters: [Character] = ["a", "Q", "z", "0", "9", "-", "_", " ", ".", "&", "\t", "\r\n", "é", "İ", "ß"]
    private static let names = Gen.element(of: characters).map { $0! }.string(of: 0...12)

    private static func characterSlug(_ name: String) -> String {
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

    @Test func byteSlugEqualsTheCharacterSlug() async {
        await propertyCheck(input: Self.names) { name in
            #expect(Slug.fileSlug(name) == Self.characterSlug(name))
        }
    }

    @Test func examples() {
        #expect(Slug.fileSlug("Module 4 VPC") == "module-4-vpc")
        #expect(Slug.fileSlug("ec2_pricing") == "ec2_pricing")
        #expect(Slug.fileSlug("Café notes") == "caf-notes")
    }
}
