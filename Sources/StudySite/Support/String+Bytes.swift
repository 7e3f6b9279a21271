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

    /// Whether the text holds `needle`, with `memchr` and `memcmp` over the UTF-8 bytes: Foundation's
    /// `contains` converts a whole note to UTF-16 first (a tenth of a 10,000-page build when
    /// every note was asked about `[[` and `[!`).
    func containsBytes(of needle: String) -> Bool {
        var needle = needle
        let found = utf8.withContiguousStorageIfAvailable { buffer in
            needle.withUTF8 { wanted in
                guard let base = buffer.baseAddress, let wantedBase = wanted.baseAddress, let first = wanted.first else { return wanted.isEmpty }
                var offset = 0
                while offset + wanted.count <= buffer.count {
                    guard let hit = memchr(base + offset, Int32(first), buffer.count - wanted.count - offset + 1) else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, wantedBase, wanted.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
        return found ?? contains(needle)
    }
}

extension UInt8 {
    /// `A`–`Z` as `a`–`z`, every other byte as it is: lower-casing ASCII text byte by byte.
    var asciiLowercased: UInt8 {
        self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 0x20 : self
    }
}
