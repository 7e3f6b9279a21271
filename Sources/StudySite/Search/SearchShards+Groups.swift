/// The group files (`search/d/N.js`): what a result shows. They hold most of the index's
/// bytes, so a result keeps only what the script cannot work out: the heading, the anchor
/// when it is not the heading's plain slug, and the start of the text for the snippet.
extension SearchShards {
    /// A result's text is cut after this many bytes of UTF-8 (at a word): the snippet the
    /// script shows around the first matched word, about 25 words.
    static let textCharacters = 160

    /// The anchor the script derives from a heading (`anchorOf` in search.js): lower-cased
    /// ASCII letters, digits, `_` and `-` kept, spaces as `-`, anything else dropped; nil for
    /// a heading with other than ASCII (the script's rule is not written for it). This is the
    /// Markdown stage's slug for such headings, unless a repeated heading got a `-1`.
    static func scriptAnchor(_ heading: String) -> String? {
        Slugger.asciiSlug(heading)
    }

    /// `{"t":title,"u":url,"r":[[heading,text] or [heading,anchor,text],…]}`: the anchor
    /// only when `scriptAnchor(heading)` is not it.
    static func groupJSON(_ group: SearchGroup) -> String {
        String(decoding: groupJSONBytes(group), as: UTF8.self)
    }

    /// `groupJSON` as UTF-8.
    static func groupJSONBytes(_ group: SearchGroup) -> [UInt8] {
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
            if scriptAnchor(item.heading) != item.anchor {
                JavaScriptLiteral.appendQuoted(item.anchor, to: &bytes)
                bytes.append(UInt8(ascii: ","))
            }
            appendExcerpt(of: item.text, to: &excerpt)
            bytes.append(UInt8(ascii: "\""))
            excerpt.withUnsafeBufferPointer { JavaScriptLiteral.append(utf8: $0, to: &bytes) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += "]}".utf8
        return bytes
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
