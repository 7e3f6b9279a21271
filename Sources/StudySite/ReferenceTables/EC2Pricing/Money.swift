import Foundation

/// Money arithmetic in `Decimal`, never `Double`: prices like $0.0104 are exact
/// in decimal but not in binary, and a table must show what the data file says.
///
/// Display precision (round half-even, "banker's rounding", so ties do not drift upwards):
/// - per second: 7 decimal places (the largest list price in the data, $0.126/h, is $0.000035/s);
/// - per hour: 4 places, the precision AWS publishes list prices in;
/// - per day, per month, totals: cents.
/// Arithmetic always uses the exact values; only the display is rounded.
enum Money {
    static let perSecondPlaces = 7
    static let perHourPlaces = 4
    static let centPlaces = 2

    /// Parses a plain decimal like `0.0104` or `40` exactly. Rejects exponents, signs,
    /// commas and anything `Decimal(string:)` would silently half-read.
    static func parse(_ text: String) -> Decimal? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `value` rounded half-even to `places` decimal places.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .bankers)
        return result
    }

    /// `value` rounded half-even to exactly `places` decimals, digits grouped: `1,234.50`.
    static func plain(_ value: Decimal, places: Int) -> String {
        let rounded = rounded(value, places: places)
        let negative = rounded < 0
        let text = "\(negative ? -rounded : rounded)"
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = NumberText.grouped(digits: String(parts[0]))
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        let body = places > 0 ? whole + "." + fraction : whole
        return negative ? "-" + body : body
    }

    /// An amount with its currency: `$7.59` for USD, `7.59 EUR` for other codes.
    static func format(_ value: Decimal, places: Int, currency: String) -> String {
        let number = plain(value, places: places)
        return currency == "USD" ? "$" + number : number + " " + currency
    }
}
