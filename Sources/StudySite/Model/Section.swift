/// A folder of notes under `content/`, rendered into a folder of the same name.
/// The root folder is the section with an empty `path`.
struct Section: Sendable, Equatable {
    /// Folder path relative to the content directory, `""` for the root.
    var path: String
    var title: String
    var order: Int
    /// The title is the folder's name made readable (no `_section.yml` gave one), so the
    /// section's `index.md` may name it (see `Site.nameSectionsByTheirIndexNotes`).
    var titleFromFolder = true

    var isRoot: Bool { path.isEmpty }
}
