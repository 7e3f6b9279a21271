/// A 32-bit IPv4 address, written in dotted decimal (`192.168.1.30`).
struct IPv4Address: Hashable, Comparable, Sendable, CustomStringConvertible {
    var value: UInt32

    init(_ value: UInt32) {
        self.value = value
    }

    /// Parses four decimal octets 0–255 separated by dots. Leading zeros are
    /// rejected (`010` means 8 to some tools and 10 to others); so are signs and spaces.
    init(parsing text: some StringProtocol) throws(CIDRError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { throw .malformedAddress(String(text)) }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .malformedAddress(String(text))
            }
            guard part == "0" || !part.hasPrefix("0") else { throw .leadingZero(String(text)) }
            guard let octet = UInt32(part), octet <= 255 else { throw .octetOutOfRange(String(text), octet: String(part)) }
            value = value << 8 | octet
        }
        self.value = value
    }

    var description: String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }

    static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }
}
