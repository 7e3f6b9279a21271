import PropertyBased
import Testing
@testable import StudySite

/// `Slug.fileSlug` takes a byte path for ASCII names; it must agree with the Character
/// definition, which non-ASCII names still take.
@Suite struct SlugTests {
    private static let characters: [Character] = ["a", "Q", "z", "0", "9", "-", "_", " ", ".", "&", "\t", "\r\n", "é", "İ", "ß"]
    private static let names = Gen.element(of: characters).map { $0! }.string(of: 0...12)

    @Test func byteSlugEqualsTheCharacterSlug() async {
        await propertyCheck(input: Self.names) { name in
            #expect(Slug.fileSlug(name) == Slug.characterFileSlug(name))
        }
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
