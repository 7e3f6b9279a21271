/// An `id` (or `<a name>`) as a fragment names it. Browsers match a fragment against ids code
/// point by code point, so `café` written precomposed (NFC) does not find `café` written
/// with a combining accent (NFD); Swift's `String` equality would treat the two as one.
struct AnchorName: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { text }

    public static func == (lhs: AnchorName, rhs: AnchorName) -> Bool {
        lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
    }

    public func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
