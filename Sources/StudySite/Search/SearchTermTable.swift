/// Terms interned as UTF-8 bytes: each distinct term gets a number, in the order first seen.
/// Counting a large site's words through a `[String: …]` dictionary spends most of its
/// time making and hashing strings; here a term is hashed once (FNV-1a) from the bytes the
/// tokenizer hands out, and only the distinct terms ever become `String`s.
struct SearchTermTable: Sendable {
    /// Every term's bytes, back to back: term `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Open addressing: a term's number + 1, or 0 for a free slot.
    private var slots = [Int32](repeating: 0, count: 256)

    var count: Int { hashes.count }

    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in term { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The term's number, adding it if it is new.
    mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int32 {
        number(of: term, hash: Self.hash(term))
    }

    mutating func number(of term: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.spread(hash)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if hashes[Int(entry - 1)] == hash, equals(Int(entry - 1), term) { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let number = Int32(hashes.count)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(Int32(bytes.count))
        slots[slot] = number + 1
        if hashes.count * 2 > slots.count { grow() }
        return number
    }

    /// Calls `body` with term `number`'s bytes and hash.
    func withTerm<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt32) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[number])..<Int(starts[number + 1])]), hashes[number])
        }
    }

    func string(_ number: Int) -> String {
        String(decoding: bytes[Int(starts[number])..<Int(starts[number + 1])], as: UTF8.self)
    }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number]), end = Int(starts[number + 1])
        guard end - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var index = 0
            while index < term.count {
                if all[start + index] != term[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// FNV's low bits are weak; the slot is taken from a mixed hash.
    private static func spread(_ hash: UInt32) -> UInt32 {
        var value = hash ^ (hash >> 16)
        value = value &* 0x45D9_F3B
        return value ^ (value >> 16)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.spread(hash)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}

extension SearchTermTable {
    /// Whether term `first` sorts before term `second` as JavaScript compares strings (UTF-16
    /// code units). UTF-8 bytes sort as code points, which differs from UTF-16 only between
    /// U+E000–U+FFFF (lead byte EE or EF) and U+10000 and above (F0–F4, surrogates in UTF-16).
    func precedesInUTF16(_ first: Int, _ second: Int) -> Bool {
        withTerm(first) { a, _ in
            withTerm(second) { b, _ in
                let common = min(a.count, b.count)
                var index = 0
                while index < common, a[index] == b[index] { index += 1 }
                if index == common { return a.count < b.count }
                let x = a[index], y = b[index]
                if x >= 0xEE, y >= 0xEE, (x >= 0xF0) != (y >= 0xF0) { return x >= 0xF0 }
                return x < y
            }
        }
    }
}
