/// What finishing a `BodyDraft` needs from a later stage to link words in the prose (the
/// glossary's `TermLinker`), so the Markdown stage names no type of a stage after it.
protocol ProseLinker: AnyObject {
    /// Term numbers not to link for now: inside a definition item, the term it defines.
    var excluded: Set<Int> { get set }
    /// The term numbers a name is a spelling of.
    func terms(named name: String) -> Set<Int>
    /// Appends `text` as HTML (escaped like cmark's text), its mentions linked.
    func append(_ text: String, to html: inout String)
}
