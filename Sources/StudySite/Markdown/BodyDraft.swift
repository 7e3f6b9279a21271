import Foundation

/// A note's body HTML with holes, made by the one Markdown pass before the glossary and the
/// reference tables exist, and finished once they do. Each hole is one byte 0x01 in `html`
/// (a control character no note may contain; see `withoutHoles`), filled in order from
/// `slots`: a run of prose, escaped and with glossary terms linked, or a generated block.
struct BodyDraft: Sendable {
    enum Slot: Sendable {
        /// Prose as written. `definition` indexes `definedTerms` when the run is inside a
        /// definition item, whose own term is not linked there.
        case text(String, definition: Int?)
        /// A generator block; `fallback` is the code block as cmark rendered it.
        case block(SourceLocation, fallback: String)
    }

    static let hole = "\u{1}"
    private static let holeByte: UInt8 = 0x01

    var html = ""
    var slots: [Slot] = []
    /// The terms of the note's definition items, in order.
    var definedTerms: [String] = []

    /// The note as cmark should see it: U+0001 is not allowed in HTML anyway, and here it
    /// would read as a hole, so it becomes U+FFFD (what cmark does with U+0000).
    static func withoutHoles(_ markdown: String) -> String {
        guard markdown.containsByte(holeByte) else { return markdown }
        return markdown.replacingOccurrences(of: hole, with: "\u{FFFD}")
    }

    /// The finished HTML: each hole filled, prose escaped as cmark escapes text, so a note
    /// with nothing to link comes out byte for byte as cmark renders it.
    func finish(terms: TermLinker?, blocks: [SourceLocation: String]) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + slots.count * 8)
        var excludedByDefinition: [Int: Set<Int>] = [:]
        var slotIndex = 0
        var notesShown: Set<Substring> = []
        for chunk in BodyDraft.chunks(of: html) {
            // cmark prints each node once, so holes and slots pair up; a stray hole is dropped
            // rather than trusted.
            if slotIndex > 0, slotIndex <= slots.count {
                switch slots[slotIndex - 1] {
                case .text(let text, let definition):
                    if let terms {
                        terms.excluded = definition.map { index in
                            if let cached = excludedByDefinition[index] { return cached }
                            let excluded = terms.terms(named: definedTerms[index])
                            excludedByDefinition[index] = excluded
                            return excluded
                        } ?? []
                        terms.append(text, to: &result)
                    } else {
                        BodyDraft.appendEscaped(text[...], to: &result)
                    }
                case .block(let location, let fallback):
                    result += GeneratedHTML.droppingRepeatedNotes(blocks[location] ?? fallback, seen: &notesShown)
                }
            }
            result += chunk
            slotIndex += 1
        }
        return result
    }

    /// `html` cut at every hole (as `split` would, keeping empty pieces), found with `memchr`:
    /// the generic `split` on the UTF-8 view called a closure per byte.
    private static func chunks(of html: String) -> [Substring] {
        var offsets: [Int] = []
        let count = html.utf8.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            var offset = 0
            while offset < bytes.count {
                guard let hole = memchr(base + offset, Int32(holeByte), bytes.count - offset) else { break }
                let found: Int = UnsafeRawPointer(hole) - UnsafeRawPointer(base)
                offsets.append(found)
                offset = found + 1
            }
            return bytes.count
        }
        guard count != nil else {
            return html.split(separator: Character(hole), omittingEmptySubsequences: false)
        }
        let utf8 = html.utf8
        var chunks: [Substring] = []
        chunks.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for offset in offsets {
            let hole = utf8.index(utf8.startIndex, offsetBy: offset)
            chunks.append(html[start..<hole])
            start = utf8.index(after: hole)
        }
        chunks.append(html[start...])
        return chunks
    }

    /// Appends `text` escaped the way cmark escapes text (`houdini_escape_html0` without its
    /// secure mode): `& < > "`, and `'` left as is.
    static func appendEscaped(_ text: Substring, to result: inout String) {
        let utf8 = text.utf8
        let needsEscaping = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }
        } ?? utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }
        guard needsEscaping else {
            result += text
            return
        }
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let entity: String?
            switch utf8[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            default: entity = nil
            }
            if let entity {
                result += Substring(utf8[start..<index])
                result += entity
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result += Substring(utf8[start..<utf8.endIndex])
    }
}
