/// Numbers as the notes write them: digits grouped by commas (`65,536`).
enum NumberText {
    static func grouped(_ value: some BinaryInteger) -> String {
        grouped(digits: String(value.magnitude), negative: value < 0)
    }

    /// Groups a string of digits in threes from the right.
    static func grouped(digits: String, negative: Bool = false) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return negative ? "-" + result : result
    }
}
