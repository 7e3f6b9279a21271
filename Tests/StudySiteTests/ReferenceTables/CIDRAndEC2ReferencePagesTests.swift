import Foundation
import Testing

@testable import StudySite

/// Builds the real content through the whole pipeline and compares the generated
/// reference tables of `cidr.html` and `ec2-pricing.html` with committed goldens under
/// Fixtures/reference-tables/expected. Only the `<div class="generated …">` blocks are
/// compared, so edits to the surrounding prose or glossary links do not need new goldens.
/// `RECORD_GOLDENS=1 swift test --filter CIDRAndEC2ReferencePagesTests` rewrites them (and fails on purpose).
@Suite struct CIDRAndEC2ReferencePagesTests {
    static let expected = Repository.fixtures.appendingPathComponent("reference-tables/expected")

    /// The built site's pages, by output path, and the build's diagnostics.
    private func buildRealSite() throws -> (pages: [String: String], diagnostics: [Diagnostic]) {
        let site = try AWSSite.built()
        var pages: [String: String] = [:]
        for page in ["cidr.html", "ec2-pricing.html", "vpc.html", "networking-basics.html", "compute-ec2.html"] {
            pages[page] = site.files[page].map { String(decoding: $0, as: UTF8.self) }
        }
        return (pages, site.diagnostics)
    }

    /// Every `<div class="generated …">…</div>` of `html`, in page order, divs balanced.
    static func generatedBlocks(_ html: String) -> [String] {
        var blocks: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<div class=\"generated ") {
            var depth = 0
            var index = start.lowerBound
            while index < rest.endIndex {
                if rest[index...].hasPrefix("<div") {
                    depth += 1
                } else if rest[index...].hasPrefix("</div>") {
                    depth -= 1
                    if depth == 0 {
                        let end = rest.index(index, offsetBy: "</div>".count)
                        blocks.append(String(rest[start.lowerBound..<end]))
                        rest = rest[end...]
                        break
                    }
                }
                index = rest.index(after: index)
            }
            if depth != 0 { break }
        }
        return blocks
    }

    @Test func cidrPageTablesMatchTheGolden() throws {
        let html = try #require(buildRealSite().pages["cidr.html"])
        let blocks = Self.generatedBlocks(html)
        #expect(blocks.count == 6)
        assertGolden(blocks.joined(separator: "\n\n") + "\n", Self.expected.appendingPathComponent("cidr.html"))
    }

    @Test func ec2PricingPageTablesMatchTheGolden() throws {
        let html = try #require(buildRealSite().pages["ec2-pricing.html"])
        let blocks = Self.generatedBlocks(html)
        #expect(blocks.count == 3)
        assertGolden(blocks.joined(separator: "\n\n") + "\n", Self.expected.appendingPathComponent("ec2-pricing.html"))
    }

    @Test func everyGeneratorBlockInTheNotesIsReplacedByATable() throws {
        let (pages, diagnostics) = try buildRealSite()
        let counts = pages.mapValues { Self.generatedBlocks($0).count }
        #expect(counts == ["cidr.html": 6, "ec2-pricing.html": 3, "vpc.html": 3, "networking-basics.html": 1, "compute-ec2.html": 1])
        // The CIDR table and the pricing models are the reference pages'; the notes link to them.
        #expect(pages["networking-basics.html"]!.contains(
            "<p class=\"generated-link\"><a href=\"cidr.html#cidr-table-1\">CIDR prefixes /16 to /28</a>: shown on the page CIDR Reference, under “Prefixes allowed in AWS”.</p>"))
        #expect(pages["compute-ec2.html"]!.contains(
            "<p class=\"generated-link\"><a href=\"ec2-pricing.html#ec2-pricing-models-1\">EC2 pricing models compared</a>: shown on the page EC2 Pricing Reference, under “Pricing models compared”.</p>"))
        for (page, html) in pages {
            for name in ReferenceBlocks.names {
                #expect(!html.contains("language-\(name)"), "\(page) still shows a \(name) block as code")
            }
        }
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test func theNotesFiguresAppearInTheBuiltTables() throws {
        let pages = try buildRealSite().pages
        let cidr = try #require(pages["cidr.html"])
        // 65,536 for /16, 16 for /28, 251 usable in a /24, 1,024 in the /22.
        #expect(cidr.contains("<th scope=\"row\" class=\"num\" data-label=\"Prefix\">/16</th>\n<td class=\"addr\" data-label=\"Subnet mask\">255.255.0.0</td>\n<td class=\"addr\" data-label=\"Wildcard mask\">0.0.255.255</td>\n<td class=\"num\" data-label=\"Host bits\">16</td>"))
        #expect(cidr.contains("<th scope=\"row\" class=\"num\" data-label=\"Prefix\">/28</th>\n<td class=\"num\" data-label=\"Total addresses\">16</td>"))
        #expect(cidr.contains("4 subnets × 256 addresses = 1,024, every address of 10.0.0.0/22."))
        #expect(cidr.contains("leaving 251 usable per subnet"))
        let pricing = try #require(pages["ec2-pricing.html"])
        #expect(pricing.contains("<td class=\"num\" data-label=\"Billed seconds\">338</td>"))
    }
}
