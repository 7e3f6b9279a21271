extension Site {
    /// A section titled after its folder takes the title of its `index.md` note, the page its
    /// link opens; a title from `_section.yml` stays.
    mutating func nameSectionsByTheirIndexNotes() {
        for page in pages where page.isFolderIndex && !page.section.isEmpty {
            guard let index = sections.firstIndex(where: { $0.path == page.section }), sections[index].titleFromFolder else { continue }
            sections[index].title = page.title
        }
    }
}
