/// The glossary as data, next to `glossary.html`:
/// - `glossary.json`: an array of entries in glossary order, each
///   `{aliases, defined_in: {anchor, page} | null, definition (Markdown), id, see, term, used_in}`,
///   pretty-printed with sorted keys, so a rebuild gives the same bytes and a diff shows only what changed.
/// - `glossary.tsv`: `term<TAB>definition` lines in plain text, no header line (Anki would
///   import a header as a card), for Anki decks and spreadsheets.
enum GlossaryExport {
    static let jsonPath = "glossary.json"
    static let tsvPath = "glossary.tsv"

    static func json(_ entries: [GlossaryEntry]) -> [UInt8] {
        let records: [GlossaryJSON] = entries.map { entry in
            .object([
                "term": .string(entry.term),
                "id": .string(entry.id),
                "definition": .string(entry.definition),
                "aliases": .array(entry.aliases.map(GlossaryJSON.string)),
                "see": .array(entry.see.map(GlossaryJSON.string)),
                "defined_in": entry.definedIn.map { anchor in
                    .object(["page": .string(anchor.slug + ".html"), "anchor": anchor.headingID.map(GlossaryJSON.string) ?? .null])
                } ?? .null,
                "used_in": .array(entry.usedIn.map { .string($0 + ".html") }),
            ])
        }
        var text = ""
        GlossaryJSON.array(records).write(to: &text, indent: "")
        return Array((text + "\n").utf8)
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
