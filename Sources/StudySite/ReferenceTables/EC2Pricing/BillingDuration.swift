/// A run time written like the notes write it: `5m 38s`, `1h 2m`, `338s`.
/// Units h, m and s, each at most once, largest first; spaces between parts are optional.
struct BillingDuration: Equatable, Sendable {
    var hours = 0
    var minutes = 0
    var seconds = 0

    var totalSeconds: Int { hours * 3600 + minutes * 60 + seconds }

    init(hours: Int = 0, minutes: Int = 0, seconds: Int = 0) {
        self.hours = hours
        self.minutes = minutes
        self.seconds = seconds
    }

    /// Nil when the text does not follow the pattern; the caller says what is expected.
    init?(parsing text: String) {
        var rest = Substring(text)
        var lastUnit = -1
        var seenPart = false
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.isEmpty { break }
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 9, let number = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let unitCharacter = rest.first, let unit = ["h", "m", "s"].firstIndex(of: String(unitCharacter)),
                unit > lastUnit
            else { return nil }
            rest = rest.dropFirst()
            lastUnit = unit
            seenPart = true
            switch unit {
            case 0: hours = number
            case 1: minutes = number
            default: seconds = number
            }
        }
        guard seenPart else { return nil }
    }

    /// `5 min × 60 + 38 s`: how the total is made, for the worked example; nil for plain seconds.
    var arithmetic: String? {
        var parts: [String] = []
        if hours > 0 { parts.append("\(NumberText.grouped(hours)) h × 3,600") }
        if minutes > 0 { parts.append("\(NumberText.grouped(minutes)) min × 60") }
        if seconds > 0 || parts.isEmpty { parts.append("\(NumberText.grouped(seconds)) s") }
        guard parts.count > 1 || hours > 0 || minutes > 0 else { return nil }
        return parts.joined(separator: " + ")
    }
}
