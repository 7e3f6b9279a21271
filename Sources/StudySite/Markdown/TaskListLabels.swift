import Foundation

/// GitHub's task lists (`- [x] done`) come out of cmark-gfm as bare checkboxes, which a
/// screen reader announces with no name (axe: "Form elements must have labels", critical).
/// The item's text is not one element a label could point at (it may hold lists and
/// paragraphs), so each box is named by its state.
enum TaskListLabels {
    static let checked = "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"
    static let unchecked = "<input type=\"checkbox\" disabled=\"\" />"

    static func label(_ html: String) -> String {
        guard html.containsBytes(of: "<input type=\"checkbox\"") else { return html }
        return html
            .replacingOccurrences(of: checked, with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
            .replacingOccurrences(of: unchecked, with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"To do\" />")
    }
}
