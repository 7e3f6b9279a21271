extension SearchGroup {
    /// Adds the text of the page's generated tables (CIDR, pricing…) to the sections they
    /// stand in, so `t3.micro` finds the pricing example that names it. Blocks named in
    /// `leavingOut` add nothing.
    /// `blocks` is the HTML of each of `page.blocks`, index for index (nil: none was generated).
    mutating func addGeneratedText(of page: Page, blocks: [String?], leavingOut: Set<String> = []) {
        for (block, html) in zip(page.blocks, blocks) where !leavingOut.contains(block.name) {
            guard let html else { continue }
            // The last heading above the block; item 0 is the text before the first heading.
            let above = page.headings.lastIndex { $0.line <= block.location.line }
            let heading = above.map { page.headings[$0] }
            let index = heading.flatMap { heading in items.lastIndex { $0.anchor == heading.id } } ?? 0
            items[index].text += " " + SearchGroup.plainText(ofHTML: html)
        }
    }

    /// Text between tags, with the five entities HTMLEscape writes decoded and tags as spaces.
    static func plainText(ofHTML html: String) -> String {
        var bytes: [UInt8] = []
        var inTag = false
        for byte in html.utf8 {
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
                if bytes.last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
            } else {
                bytes.append(byte)
            }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
