import Synchronization

/// What `serve` keeps between builds for the steps that read the whole site: each note's
/// file as Content last read it, each note's broken links, the glossary terms each note's
/// prose mentions, and the glossary's exports. With them a save re-reads, re-checks and
/// re-scans the notes it touched.
final class SitewideMemos: Sendable {
    /// The last load's reads, handed to the next (`ContentLoader.load(reusing:)`).
    let contentReads = Mutex(NoteReads())
    /// A note's link errors, by its links; the scope is every page's path and anchors.
    let noteLinks = NoteMemo<NoteLinks, [Diagnostic], LinkScope>()
    /// The glossary terms a note's prose mentions, by its prose; the scope is the terms' spellings.
    let mentions = NoteMemo<String, [Int], [[String]]>()
    /// The glossary's exported files and the entries they were made of.
    let glossaryExports = Mutex<(entries: [GlossaryEntry], json: [UInt8], tsv: [UInt8])?>(nil)
}
