/// The glossary as data, next to `glossary.html`:
/// - `glossary.json`: an array of entries in glossary order, each
///   `{aliases, defined_in: {anchor, page} | null, definition (Markdown), id, see, term, used_in}`,
///   pretty-printed with sorted keys, so a rebuild gives the same bytes and a diff shows only what changed.
/// - `glossary.tsv`: `term<TAB>definition` lines in plain text, no header line (Anki would
///   import a header as a card), for Anki decks and spreadsheets.
enum GlossaryExport {
    static let jsonPath = "glossary.json"
    static let tsvPath = "glossary.tsv"

    /// Written straight out as bytes, as `GlossaryJSON` lays values out (keys sorted: aliases,
    /// defined_in, definition, id, see, term, used_in): a tree of values for a site whose
    /// terms are used on thousands of pages cost more than the rest of the glossary.
    static func json(_ entries: [GlossaryEntry]) -> [UInt8] {
        guard !entries.isEmpty else { return Array("[]\n".utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + 200 + $1.definition.utf8.count + $1.usedIn.count * 40 })
        func raw(_ text: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        func string(_ text: String, suffix: StaticString = "") {
            out.append(UInt8(ascii: "\""))
            // Most strings (slugs, page paths) need no escaping; 0xE2 may start U+2028 or U+2029.
            if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
                var escaped = ""
                GlossaryJSON.writeString(text, to: &escaped)
                out.append(contentsOf: escaped.utf8.dropFirst().dropLast())
            } else {
                out.append(contentsOf: text.utf8)
            }
            raw(suffix)
            out.append(UInt8(ascii: "\""))
        }
        func strings(_ items: [String], suffix: StaticString = "") {
            guard !items.isEmpty else { return raw("[]") }
            raw("[\n")
            for (index, item) in items.enumerated() {
                raw("      ")
                string(item, suffix: suffix)
                raw(index < items.count - 1 ? ",\n" : "\n")
            }
            raw("    ]")
        }
        raw("[\n")
        for (index, entry) in entries.enumerated() {
            raw("  {\n    \"aliases\": ")
            strings(entry.aliases)
            raw(",\n    \"defined_in\": ")
            if let anchor = entry.definedIn {
                raw("{\n      \"anchor\": ")
                if let id = anchor.headingID { string(id) } else { raw("null") }
                raw(",\n      \"page\": ")
                string(anchor.slug, suffix: ".html")
                raw("\n    }")
            } else {
                raw("null")
            }
            raw(",\n    \"definition\": ")
            string(entry.definition)
            raw(",\n    \"id\": ")
            string(entry.id)
            raw(",\n    \"see\": ")
            strings(entry.see)
            raw(",\n    \"term\": ")
            string(entry.term)
            raw(",\n    \"used_in\": ")
            strings(entry.usedIn, suffix: ".html")
            raw(index < entries.count - 1 ? "\n  },\n" : "\n  }\n")
        }
        raw("]\n")
        return out
    }

    static func tsv(_ entries: [GlossaryEntry]) -> [UInt8] {
        var text = ""
        for entry in entries {
            text += field(entry.term) + "\t" + field(MarkdownText.plain(entry.definition)) + "\n"
        }
        return Array(text.utf8)
    }

    /// One TSV field: tabs and line breaks would end the field or the record, so they become spaces.
    static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
