/// The glossary as data, next to `glossary.html`:
/// - `glossary.json`: an array of entries in glossary order, each
///   `{aliases, defined_in: {anchor, page} | null, definition (Markdown), id, see, term, used_in}`,
///   pretty-printed with sorted keys, so a rebuild gives the same bytes and a diff shows only what changed.
/// - `glossary.tsv`: `term<TAB>definition` lines in plain text, no header line (Anki would
///   import a header as a card), for Anki decks and spreadsheets.
enum GlossaryExport {
    static let jsonPath = "glossary.json"
    static let tsvPath = "glossary.tsv"

    /// Written straight out, as `GlossaryJSON` lays values out (keys sorted: aliases,
    /// defined_in, definition, id, see, term, used_in): a tree of values for a site whose
    /// terms are used on thousands of pages cost more than the rest of the glossary.
    static func json(_ entries: [GlossaryEntry]) -> [UInt8] {
        guard !entries.isEmpty else { return Array("[]\n".utf8) }
        var text = "[\n"
        func member(_ key: String, _ last: Bool = false, value: (inout String) -> Void) {
            text += "    \"" + key + "\": "
            value(&text)
            text += last ? "\n" : ",\n"
        }
        func strings(_ items: [String], suffix: String = "") -> (inout String) -> Void {
            { text in
                guard !items.isEmpty else { text += "[]"; return }
                text += "[\n"
                for (index, item) in items.enumerated() {
                    text += "      "
                    GlossaryJSON.writeString(suffix.isEmpty ? item : item + suffix, to: &text)
                    text += index < items.count - 1 ? ",\n" : "\n"
                }
                text += "    ]"
            }
        }
        for (index, entry) in entries.enumerated() {
            text += "  {\n"
            member("aliases", value: strings(entry.aliases))
            member("defined_in") { text in
                guard let anchor = entry.definedIn else { text += "null"; return }
                text += "{\n      \"anchor\": "
                if let id = anchor.headingID { GlossaryJSON.writeString(id, to: &text) } else { text += "null" }
                text += ",\n      \"page\": "
                GlossaryJSON.writeString(anchor.slug + ".html", to: &text)
                text += "\n    }"
            }
            member("definition") { GlossaryJSON.writeString(entry.definition, to: &$0) }
            member("id") { GlossaryJSON.writeString(entry.id, to: &$0) }
            member("see", value: strings(entry.see))
            member("term") { GlossaryJSON.writeString(entry.term, to: &$0) }
            member("used_in", true, value: strings(entry.usedIn, suffix: ".html"))
            text += index < entries.count - 1 ? "  },\n" : "  }\n"
        }
        text += "]\n"
        return Array(text.utf8)
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
