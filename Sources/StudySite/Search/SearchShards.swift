import Foundation

/// The index as `.js` files a page loads with `<script>` elements (which work from
/// `file://`, where `fetch` does not), each calling the search script's `StudySiteSearch`:
///
/// - `search/index.js`: the first term of every term file, and how many groups there are;
/// - `search/t/N.js`: a run of terms in sorted order, each with its postings, as one string
///   `term postings term postings…` (neither holds a space, and one string is the smallest form);
/// - `search/d/N.js`: group N's title, URL and results (heading, anchor, text).
///
/// Terms are split into files by size, so a query loads the few files its words fall in.
struct SearchShards {
    static let folder = "search/"
    /// A term file is closed once it is past this size.
    static let termFileBytes = 16_000
    /// A result's text is cut after this many characters (at a word): enough for a snippet.
    static let textCharacters = 200
    // (counted in UTF-8 bytes)

    /// Postings as text: numbers in base 32, most significant digit first, each digit a
    /// character of `digits`; the last digit of a number from the first 32, the others from
    /// the second. A posting is its group's distance from the previous posting's group, its
    /// item, and its level (one digit).
    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
        if value < 32 {
            bytes.append(digits[value])
            return
        }
        var shift = 5
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(digits[(value >> shift) & 31 + 32])
            shift -= 5
        }
        bytes.append(digits[value & 31])
    }

    static func encode(_ postings: [SearchRanking.Posting]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 4)
        var group: Int32 = 0
        for posting in postings {
            appendNumber(Int(posting.group - group), to: &bytes)
            appendNumber(Int(posting.item), to: &bytes)
            appendNumber(Int(posting.weight), to: &bytes)
            group = posting.group
        }
        return bytes
    }

    /// Every file, path relative to the site root → bytes.
    static func files(for groups: [SearchGroup]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var firstTerms: [String] = []
        var shard: [UInt8] = []
        func closeShard() {
            guard !shard.isEmpty else { return }
            let number = firstTerms.count - 1
            files[folder + "t/\(number).js"] = Array("StudySiteSearch.terms(\(number),\"".utf8) + shard + Array("\");\n".utf8)
            shard = []
        }
        for (term, postings) in SearchRanking.rank(groups) {
            if shard.isEmpty { firstTerms.append(term) } else { shard.append(UInt8(ascii: " ")) }
            JavaScriptLiteral.append(term, to: &shard)
            shard.append(UInt8(ascii: " "))
            shard += encode(postings)
            if shard.count >= termFileBytes { closeShard() }
        }
        closeShard()
        // Group files on every core: they hold most of the index's bytes.
        let groupFiles = groups.indices.concurrentMap { number in
            Array("StudySiteSearch.group(\(number),\(groupJSON(groups[number])));\n".utf8)
        }
        for (number, bytes) in groupFiles.enumerated() { files[folder + "d/\(number).js"] = bytes }
        files[folder + "index.js"] = Array("StudySiteSearch.index({\"terms\":\(JavaScriptLiteral.array(firstTerms)),\"groups\":\(groups.count)});\n".utf8)
        return files
    }

    /// `{"t":title,"u":url,"r":[[heading,anchor,text],…]}`.
    static func groupJSON(_ group: SearchGroup) -> String {
        var bytes: [UInt8] = Array("{\"t\":".utf8)
        JavaScriptLiteral.appendQuoted(group.title, to: &bytes)
        bytes += ",\"u\":".utf8
        JavaScriptLiteral.appendQuoted(group.url, to: &bytes)
        bytes += ",\"r\":[".utf8
        var excerpt: [UInt8] = []
        for (index, item) in group.items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            JavaScriptLiteral.appendQuoted(item.heading, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JavaScriptLiteral.appendQuoted(item.anchor, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendExcerpt(of: item.text, to: &excerpt)
            bytes.append(UInt8(ascii: "\""))
            excerpt.withUnsafeBufferPointer { JavaScriptLiteral.append(utf8: $0, to: &bytes) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += "]}".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with runs of white space made one space, cut at a word after `textCharacters`
    /// bytes of UTF-8 (only the start of a long section is read).
    static func excerpt(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendExcerpt(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `excerpt` into `result` (emptied first), on bytes: white space is ASCII white space,
    /// U+2028 and U+2029.
    static func appendExcerpt(of text: String, to result: inout [UInt8]) {
        result.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { utf8 in
            var pendingSpace = false
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
                if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                    isSpace = true
                    index += 2
                }
                index += 1
                if isSpace {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace {
                    if result.count >= textCharacters {
                        result += " …".utf8
                        return
                    }
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(byte)
            }
        }
    }
}
