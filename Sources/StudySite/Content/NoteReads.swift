/// What reading each note gave, for a caller that loads the same content folder again and
/// again (`serve`, after every save): the loader takes the last load's `NoteReads` and hands
/// back the next, and reads and parses again only the notes whose file's `stat` changed
/// (`FileIdentity`). Which files are notes is decided afresh each load, from the folder's
/// listing, so a note created, deleted or renamed is seen; site.yml, `_section.yml`,
/// SUMMARY.md, glossary.yml and `data/*.yml` are small and read every time.
struct NoteReads: Sendable {
    /// One note as the last load read it, before its `{{#include}}`s were expanded (the
    /// included files are read every time: their changes are not the note's).
    /// A class, so that keeping 10,000 of them from one load to the next copies pointers, not pages.
    final class Entry: Sendable {
        let identity: FileIdentity
        /// The file's text while its stamp is too recent to prove it unchanged
        /// (`FileIdentity.isRecent`): the file is read again and compared with it.
        let recentText: String?
        /// What the parse read besides the file (all from its path, but checked all the same).
        let contentPrefix: String
        let slug: String
        let section: String
        let summaryTitle: String?
        let page: Page
        let markdown: String
        /// What parsing the front matter reported (warnings; a note with errors is not kept).
        let diagnostics: [Diagnostic]
        /// `IncludeExpander.mayHaveDirectives(markdown)`, so 66 MB of notes are not searched for `{{` on every save.
        let mayHaveDirectives: Bool

        init(
            identity: FileIdentity, recentText: String?, contentPrefix: String, slug: String, section: String, summaryTitle: String?,
            page: Page, markdown: String, diagnostics: [Diagnostic]
        ) {
            self.identity = identity
            self.recentText = recentText
            self.contentPrefix = contentPrefix
            self.slug = slug
            self.section = section
            self.summaryTitle = summaryTitle
            self.page = page
            self.markdown = markdown
            self.diagnostics = diagnostics
            mayHaveDirectives = IncludeExpander.mayHaveDirectives(markdown)
        }

        /// The same note, its file read again with the same text.
        func reread(_ identity: FileIdentity, recent: Bool) -> Entry {
            Entry(
                identity: identity, recentText: recent ? recentText : nil, contentPrefix: contentPrefix, slug: slug,
                section: section, summaryTitle: summaryTitle, page: page, markdown: markdown, diagnostics: diagnostics)
        }
    }

    /// By path relative to the content folder.
    var entries: [String: Entry] = [:]
    /// How long after its last change (nanoseconds) a file's stamp is trusted (`FileIdentity.isRecent`):
    /// longer than any file system's clock tick.
    var trustAfter: Int64 = 3_000_000_000
    /// How many notes the last load parsed, and how many files it read (tests: one edit, one note).
    var parsedCount = 0
    var readCount = 0

    init() {}

    /// What to keep after a load: what it kept of each note it found (`loaded`: index for
    /// index, `nil` where one failed), none of the others.
    func next(notes: [ContentLoader.NoteFile], loaded: [ContentLoader.NoteRead?]) -> NoteReads {
        var next = NoteReads()
        next.trustAfter = trustAfter
        next.entries.reserveCapacity(notes.count)
        for index in notes.indices {
            if let kept = loaded[index]?.kept { next.entries[notes[index].relative] = kept }
            if loaded[index]?.read == true { next.readCount += 1 }
            if loaded[index]?.parsed == true { next.parsedCount += 1 }
        }
        return next
    }

    /// One note for `ContentLoader.load`: from `entries` when its file is unchanged,
    /// else read and parsed; with what to keep for the next load.
    func read(
        _ note: ContentLoader.NoteFile, contentPrefix: String, identity: FileIdentity?, summaryTitle: String?, now: Int64, log: DiagnosticLog
    ) throws(BuildFailure) -> ContentLoader.NoteRead {
        var text: String?
        if let entry = entries[note.relative], entry.identity == identity, entry.contentPrefix == contentPrefix,
            entry.slug == note.slug, entry.section == note.section, entry.summaryTitle == summaryTitle
        {
            guard let recentText = entry.recentText else {
                log.report(entry.diagnostics)
                return ContentLoader.NoteRead(page: entry.page, markdown: entry.markdown, kept: entry, mayHaveDirectives: entry.mayHaveDirectives)
            }
            let path = contentPrefix + note.relative
            let file = try ContentLoader.readFile(atPath: path, path: path)
            let current = try ContentLoader.decodeText(file.bytes, path: path)
            if current == recentText {
                log.report(entry.diagnostics)
                return ContentLoader.NoteRead(
                    page: entry.page, markdown: entry.markdown, kept: entry.reread(file.identity, recent: file.identity.isRecent(now: now, margin: trustAfter)),
                    mayHaveDirectives: entry.mayHaveDirectives, read: true)
            }
            text = current
        }
        let path = contentPrefix + note.relative
        var identityRead = identity
        if text == nil {
            let file = try ContentLoader.readFile(atPath: path, path: path)
            identityRead = file.identity
            text = try ContentLoader.decodeText(file.bytes, path: path)
        }
        // The note's own log, so its warnings can be given again when it is not parsed.
        let noteLog = DiagnosticLog()
        let parsed: (page: Page, markdown: String)
        do throws(BuildFailure) {
            parsed = try ContentLoader.parseNote(text!, note: note, path: path, summaryTitle: summaryTitle, log: noteLog)
        } catch {
            log.report(noteLog.all)
            throw error
        }
        let diagnostics = noteLog.all
        log.report(diagnostics)
        guard let identityRead else { return ContentLoader.NoteRead(page: parsed.page, markdown: parsed.markdown, read: true, parsed: true) }
        let entry = Entry(
            identity: identityRead, recentText: identityRead.isRecent(now: now, margin: trustAfter) ? text : nil, contentPrefix: contentPrefix,
            slug: note.slug, section: note.section, summaryTitle: summaryTitle, page: parsed.page, markdown: parsed.markdown, diagnostics: diagnostics)
        return ContentLoader.NoteRead(page: parsed.page, markdown: parsed.markdown, kept: entry, read: true, parsed: true)
    }
}

extension ContentLoader {
    /// One note as loaded (its `{{#include}}`s not yet expanded), and what `NoteReads` keeps of it.
    struct NoteRead: Sendable {
        var page: Page
        var markdown: String
        var kept: NoteReads.Entry?
        /// Known from the last load when the note was not parsed again.
        var mayHaveDirectives: Bool?
        var read = false
        var parsed = false
    }

    /// Reads and parses `note` (at `path`): front matter into a page, the body kept as Markdown.
    static func readNote(_ note: NoteFile, path: String, summaryTitle: String?, log: DiagnosticLog) throws(BuildFailure) -> NoteRead {
        let parsed = try parseNote(try readText(atPath: path, path: path), note: note, path: path, summaryTitle: summaryTitle, log: log)
        return NoteRead(page: parsed.page, markdown: parsed.markdown, read: true, parsed: true)
    }

    static func parseNote(_ text: String, note: NoteFile, path: String, summaryTitle: String?, log: DiagnosticLog) throws(BuildFailure) -> (page: Page, markdown: String) {
        try PageLoader.load(
            text: text, path: path, defaultSlug: note.slug, section: note.section,
            fallbackTitle: summaryTitle ?? Slug.titleFromFileName(note.name), log: log)
    }
}
