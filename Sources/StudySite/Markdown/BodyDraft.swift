import Foundation

/// A note's body HTML with holes, made by the one Markdown pass before the glossary and the
/// reference tables exist, and finished once they do. Each hole is `marker` in `html`, filled
/// in order from `slots`: a run of prose, escaped and with glossary terms linked, or a
/// generated block.
///
/// No input can forge a hole. The marker is `<`, a run of U+0001 and `>`, printed raw by
/// nodes the pass adds. cmark escapes `<` in everything it decodes (text, entities such as
/// `&#1;`, link titles, info strings), so a raw `<` in its output is either its own tag or raw
/// HTML copied byte for byte from the note; the run is made one longer than any run of
/// U+0001 after a `<` in the note, so the note's own bytes never spell it.
struct BodyDraft: Sendable, Equatable {
    enum Slot: Sendable, Equatable {
        /// Prose as written. `definition` indexes `definedTerms` when the run is inside a
        /// definition item, whose own term is not linked there.
        case text(String, definition: Int?)
        /// A generator block; `fallback` is the code block as cmark rendered it.
        case block(SourceLocation, fallback: String)
    }

    private static let markerByte: UInt8 = 0x01

    var html = ""
    var slots: [Slot] = []
    /// The terms of the note's definition items, in order.
    var definedTerms: [String] = []
    /// How many U+0001 the hole marker holds (see the type's comment).
    var markerLength = 1

    /// The hole marker: `<`, `markerLength` bytes 0x01, `>`.
    var marker: String { "<" + String(repeating: "\u{1}", count: markerLength) + ">" }

    /// The draft for `markdown`, its marker long enough that the note cannot contain it.
    init(for markdown: String) {
        markerLength = BodyDraft.unforgeableRunLength(of: BodyDraft.markerByte, in: markdown)
    }

    /// One more than the longest run of `marker` bytes right after a `<` in `markdown`: a
    /// marker of `<` and that many bytes cannot be written by the note (also the raw-HTML
    /// sentinels' rule, see `RawHTMLAssembly`).
    static func unforgeableRunLength(of marker: UInt8, in markdown: String) -> Int {
        var longest = 0
        var run = -1  // marker bytes since the last `<`; -1 when not right after one
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "<") {
                run = 0
            } else if byte == marker, run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = -1
            }
        }
        return longest + 1
    }

    init() {}

    /// The finished HTML: each hole filled, prose escaped as cmark escapes text, so a note
    /// with nothing to link comes out byte for byte as cmark renders it.
    func finish(terms: (any ProseLinker)?, blocks: [SourceLocation: String]) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + slots.count * 8)
        var excludedByDefinition: [Int: Set<Int>] = [:]
        var slotIndex = 0
        var notesShown: Set<Substring> = []
        for chunk in chunks(of: html) {
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

    /// `html` cut at every hole, keeping empty pieces. Found with `memchr` on the byte 0x01
    /// (rare in any HTML), then checked to be a whole marker: a 0x01 of the note's text is not.
    private func chunks(of html: String) -> [Substring] {
        let length = markerLength
        var holes: [Int] = []
        var html = html
        html.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                guard let found = memchr(base + offset, Int32(BodyDraft.markerByte), bytes.count - offset) else { break }
                let index: Int = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                let end = index + length
                if index > 0, bytes[index - 1] == UInt8(ascii: "<"), end < bytes.count, bytes[end] == UInt8(ascii: ">"),
                    bytes[index..<end].allSatisfy({ $0 == BodyDraft.markerByte })
                {
                    holes.append(index - 1)
                    offset = end + 1
                } else {
                    offset = index + 1
                }
            }
        }
        let utf8 = html.utf8
        var chunks: [Substring] = []
        chunks.reserveCapacity(holes.count + 1)
        var start = utf8.startIndex
        for hole in holes {
            let holeStart = utf8.index(utf8.startIndex, offsetBy: hole)
            chunks.append(html[start..<holeStart])
            start = utf8.index(holeStart, offsetBy: length + 2)
        }
        chunks.append(html[start...])
        return chunks
    }

    /// `html` with every byte 0x01 replaced by `marker`.
    static func replacingByte1(in html: String, with marker: String) -> String {
        guard html.utf8.contains(markerByte) else { return html }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count + 16)
        for byte in html.utf8 {
            if byte == markerByte { bytes += marker.utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
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
