import Foundation
import PropertyBased
import Testing

@testable import StudySite

@Suite struct MoneyTests {
    private func d(_ text: String) -> Decimal { Money.parse(text)! }

    @Test func parsesPlainDecimalsExactly() {
        #expect(Money.parse("0.0104") == Decimal(104) / 10_000)
        #expect(Money.parse("40") == Decimal(40))
    }

    @Test(arguments: ["", ".5", "5.", "1e3", "-1", "+1", "0.01x", "1,5", "1.2.3", " 1"])
    func rejectsAnythingButPlainDecimals(_ text: String) {
        #expect(Money.parse(text) == nil)
    }

    @Test func roundsHalfToEvenAtCents() {
        #expect(Money.plain(d("0.125"), places: 2) == "0.12")
        #expect(Money.plain(d("0.135"), places: 2) == "0.14")
        #expect(Money.plain(d("2.5"), places: 0) == "2")
        #expect(Money.plain(d("3.5"), places: 0) == "4")
        #expect(Money.plain(d("0.1251"), places: 2) == "0.13")
    }

    @Test func padsToTheRequestedPlacesAndGroupsThousands() {
        #expect(Money.plain(d("7.5"), places: 2) == "7.50")
        #expect(Money.plain(d("0.096"), places: 4) == "0.0960")
        #expect(Money.plain(d("1234567.891"), places: 2) == "1,234,567.89")
        #expect(Money.plain(d("0"), places: 2) == "0.00")
        #expect(Money.plain(d("12"), places: 0) == "12")
    }

    @Test func formatsDollarsWithASignAndOtherCurrenciesWithTheirCode() {
        #expect(Money.format(d("7.592"), places: 2, currency: "USD") == "$7.59")
        #expect(Money.format(d("7.592"), places: 2, currency: "EUR") == "7.59 EUR")
    }

    @Test func perSecondRateOfT3MicroToSevenPlaces() {
        #expect(Money.plain(d("0.0104") / 3600, places: Money.perSecondPlaces) == "0.0000029")
        #expect(Money.plain(d("0.126") / 3600, places: Money.perSecondPlaces) == "0.0000350")
    }

    @Test func roundingNeverMovesMoreThanHalfAUnitInTheLastPlace() async {
        await propertyCheck(input: Gen.int(in: 0...10_000_000), Gen.int(in: 0...4)) { tenThousandths, places in
            let value = Decimal(tenThousandths) / 10_000
            let rounded = Money.rounded(value, places: places)
            var unit = Decimal(1)
            for _ in 0..<places { unit /= 10 }
            let difference = rounded > value ? rounded - value : value - rounded
            #expect(difference <= unit / 2)
            #expect(Money.parse(Money.plain(value, places: places).replacingOccurrences(of: ",", with: "")) == rounded)
        }
    }
}
