import Foundation

extension String {
    /// Whether the UTF-8 text holds `byte`, with `memchr` on native strings: the generic
    /// `utf8.contains` walks index by index, which shows on 50 MB of notes.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}

extension UInt8 {
    /// `A`–`Z` as `a`–`z`, every other byte as it is: lower-casing ASCII text byte by byte.
    var asciiLowercased: UInt8 {
        self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 0x20 : self
    }
}
