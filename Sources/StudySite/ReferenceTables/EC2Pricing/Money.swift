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

    /// The most significant digits `Decimal` keeps exactly (its mantissa is 128 bits).
    static let maxDigits = 38

    /// True when `text`, a plain decimal, has more significant digits than `Decimal` keeps
    /// (or a scale beyond its exponent): `Decimal(string:)` would round it without a word.
    static func exceedsPrecision(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0].drop(while: { $0 == "0" }))
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.last == "0" { fraction.removeLast() }
        let digits = (whole + fraction).drop(while: { $0 == "0" })
        return digits.count > maxDigits || fraction.count > 127 || whole.count > 127
    }

    /// Fails for a plain decimal `exceedsPrecision`, at the value's line.
    static func checkPrecision(_ text: String, key: String, at location: SourceLocation) throws(BuildFailure) {
        guard parse(text) != nil, exceedsPrecision(text) else { return }
        throw BuildFailure(.error(
            "\(key) has more digits than can be kept exactly (at most \(maxDigits) significant digits), found \"\(text)\"", at: location))
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
