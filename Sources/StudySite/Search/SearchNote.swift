/// What the index reads of one note: the page (title, summary, headings, blocks), its text
/// under each heading and its generated blocks' HTML. Equal inputs make an equal share of
/// the index, so `serve` keeps a note's share while its `SearchNote` is unchanged.
struct SearchNote: Sendable, Equatable {
    var page: Page
    /// `[0]` before the first heading, `[i + 1]` under `page.headings[i]`.
    var sectionTexts: [String]
    /// The HTML of each of `page.blocks`, index for index (nil: none was generated).
    var blocks: [String?]

    /// The note's results, with the text of its generated tables in the sections they stand in.
    var group: SearchGroup {
        var group = SearchGroup.note(page, sectionTexts: sectionTexts)
        // A quiz's HTML holds its answers, feedback and buttons ("Correct", "Show answer"):
        // they would match queries and fill excerpts, and would give the answers away.
        group.addGeneratedText(of: page, blocks: blocks, leavingOut: Study.blockNames)
        return group
    }
}

/// One group's part of the index, made from that group alone: its words counted and its
/// group file's JSON. The term files are merged from every group's counts
/// (`SearchShards.files(for:)`); the group files are this JSON under the group's number.
struct SearchShare: Sendable {
    var counts: SearchRanking.GroupCounts
    var json: [UInt8]

    init(_ group: SearchGroup) {
        counts = SearchRanking.counts(of: group)
        json = SearchShards.groupJSONBytes(group)
    }
}
