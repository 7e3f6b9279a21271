import Testing
@testable import StudySite

/// The geometry of the subnets picture and the prefix-size figure.
@Suite struct SubnetBarTests {
    @Test func fourSubnetsOfASlash22AreQuartersOfTheBar() throws {
        let vpc = try CIDRBlock(parsing: "10.0.0.0/22")
        let bar = SubnetBar(vpc: vpc, subnets: try vpc.split(into: 24), reserved: 5)
        #expect(bar.segments.map(\.x) == [0, 160, 320, 480])
        #expect(bar.segments.map(\.width) == [160, 160, 160, 160])
        // 4 of 256 addresses of a 160-unit segment is 2.5 units; the last address 0.625, widened to 1.5.
        #expect(bar.segments[0].reservedStart == 2.5)
        #expect(bar.segments[0].reservedEnd == SubnetBar.minimumMark)
        #expect(bar.marksEnlarged)
        let svg = bar.svg(idPrefix: "D46-")
        #expect(svg.contains("role=\"img\" aria-labelledby=\"D46-title\"><title id=\"D46-title\">10.0.0.0/22 (1,024 addresses) split into 4 /24 subnets, drawn to scale</title>"))
        #expect(svg.contains(">10.0.0.192/24</text>") || svg.contains(">10.0.3.0/24</text>"))
        #expect(svg.contains("marks widened to be seen"))
        #expect(!svg.contains("black") && !svg.contains("white"), "drawn in currentColor only")
    }

    @Test func unevenSlash28MarksAreToScale() throws {
        let vpc = try CIDRBlock(parsing: "10.0.0.0/26")
        let bar = SubnetBar(vpc: vpc, subnets: try vpc.split(into: 28), reserved: 5)
        // 16 addresses in 160 units: 10 units an address.
        #expect(bar.segments.map(\.reservedStart) == [40, 40, 40, 40])
        #expect(bar.segments.map(\.reservedEnd) == [10, 10, 10, 10])
        #expect(!bar.marksEnlarged)
        #expect(SubnetBar.reservedEnds(reserved: 20, size: 16) == (15, 1))
        #expect(SubnetBar.reservedEnds(reserved: 1, size: 256) == (1, 0))
    }

    @Test func prefixBarsShortenByOneUnitPerStep() {
        let figure = PrefixSizeFigure(prefixes: 16...28)
        let step = figure.barLength(16) - figure.barLength(17)
        #expect(abs(figure.barLength(27) - figure.barLength(28) - step) < 1e-9)
        #expect(abs(figure.barLength(16) - (PrefixSizeFigure.width - PrefixSizeFigure.barStart - 4)) < 1e-9)
        #expect(figure.svg(idPrefix: "D11-").contains("<text x=\"40\" y=\"16\">65,536</text>"))
    }

    @Test func svgNumbersAreShortAndStable() {
        #expect(SVGFigure.number(160) == "160")
        #expect(SVGFigure.number(2.5) == "2.5")
        #expect(SVGFigure.number(0.625) == "0.63")
        #expect(SVGFigure.number(1.05) == "1.05")
    }
}
