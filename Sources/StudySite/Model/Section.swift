/// A folder of notes under `content/`, rendered into a folder of the same name.
/// The root folder is the section with an empty `path`.
struct Section: Sendable, Equatable {
    /// Folder path relative to the content directory, `""` for the root.
    public var path: String
    public var title: String
    public var order: Int

    public init(path: String, title: String, order: Int) {
        self.path = path
        self.title = title
        self.order = order
    }

    public var isRoot: Bool { path.isEmpty }
}
