/// The ranges the link checker's durations must lie in, wherever they are written (a flag,
/// `linkcheck:` in site.yml): beyond them a value is surely a typo, and turning it into
/// nanoseconds or a deadline would overflow.
extension LinkCheckSettings {
    /// An hour per request.
    public static let timeoutLimit: Double = 3_600
    /// A week for the whole run.
    public static let maxDurationLimit: Double = 604_800
    /// Ten years for a cached success.
    public static let cacheTTLLimit: Double = 315_576_000

    /// Why `seconds` does not fit `setting`, or nil when it does.
    public static func problem(seconds: Double, for setting: String, zeroAllowed: Bool, limit: Double) -> String? {
        let fits = seconds.isFinite && (zeroAllowed ? seconds >= 0 : seconds > 0) && seconds <= limit
        if fits { return nil }
        let low = zeroAllowed ? "0 or more" : "more than 0"
        let shown = seconds.isFinite && seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int64(seconds)) : "\(seconds)"
        return "\(setting) must be \(low) and at most \(Int64(limit)) seconds, found \(shown)"
    }

    /// Why a count does not fit `setting`, or nil when it does.
    public static func problem(count: Int, for setting: String, range: ClosedRange<Int>) -> String? {
        range.contains(count) ? nil : "\(setting) must be between \(range.lowerBound) and \(range.upperBound), found \(count)"
    }

    public static let maxConcurrencyRange = 1...10_000
    public static let maxPerHostRange = 1...10_000
    public static let retriesRange = 0...100
}
