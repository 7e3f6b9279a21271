import Foundation

/// A 100-chapter mdBook book written the way real ones are (the Rust book's layout): no front
/// matter, chapter files named `ch03-02-data-types.md`, a `SUMMARY.md` with prefix chapters,
/// part titles, numbered chapters with nesting, a draft chapter, a separator and suffix
/// chapters, code listings included by anchor and by line range, links between chapters
/// and to their headings, and an image. Generated, so the repository stays lean.
enum BookFixture {
    static let parts = ["Getting started", "Core concepts", "Advanced topics"]
    static let topics = [
        "Installation", "Guessing Game", "Common Concepts", "Ownership", "Structs",
        "Enums and Patterns", "Packages and Modules", "Collections", "Error Handling", "Generics",
        "Testing", "Command Line Tool", "Iterators and Closures", "Cargo", "Smart Pointers",
        "Concurrency", "Object Oriented Features", "Advanced Patterns", "Web Server",
    ]
    static let subtopics = ["In Practice", "Under the Hood", "Pitfalls", "Exercises"]

    struct Chapter {
        var file: String
        var title: String
        /// Where it sits in SUMMARY.md, in reading order.
        var kind: String  // "prefix", "numbered", "nested", "suffix"
        var part: Int?
    }

    /// Every chapter in reading order: 2 prefix, 19 × 5 numbered (each with 4 nested), 3 suffix.
    static var chapters: [Chapter] {
        var chapters = [
            Chapter(file: "foreword.md", title: "Foreword", kind: "prefix"),
            Chapter(file: "ch00-00-introduction.md", title: "Introduction", kind: "prefix"),
        ]
        for (index, topic) in topics.enumerated() {
            let number = index + 1
            let part = number <= 5 ? 0 : number <= 12 ? 1 : 2
            chapters.append(Chapter(file: file(number, 0, topic), title: topic, kind: "numbered", part: part))
            for (subIndex, sub) in subtopics.enumerated() {
                let title = number == 3 && subIndex == 1 ? "Data Types" : "\(topic) \(sub)"
                chapters.append(Chapter(file: file(number, subIndex + 1, title), title: title, kind: "nested", part: part))
            }
        }
        for (name, title) in [("appendix-01-keywords.md", "Appendix A: Keywords"), ("appendix-02-operators.md", "Appendix B: Operators"), ("contributors.md", "Contributors")] {
            chapters.append(Chapter(file: name, title: title, kind: "suffix"))
        }
        return chapters
    }

    static func file(_ chapter: Int, _ section: Int, _ title: String) -> String {
        String(format: "ch%02d-%02d-", chapter, section) + title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-") + ".md"
    }

    /// `[relative path: contents]` of the book's `src/` folder (plus `site.yml`, which a book does not have).
    static func files() -> [String: String] {
        let chapters = chapters
        var files: [String: String] = ["site.yml": "title: The Book\n"]
        var summary = "# Summary\n\n"
        var part: Int?
        var suffixStarted = false
        for chapter in chapters {
            switch chapter.kind {
            case "prefix":
                summary += "[\(chapter.title)](\(chapter.file))\n\n"
            case "suffix":
                if !suffixStarted { summary += "\n---\n\n" }
                suffixStarted = true
                summary += "[\(chapter.title)](\(chapter.file))\n"
            default:
                if chapter.part != part {
                    part = chapter.part
                    summary += "\n# \(parts[part!])\n\n"
                }
                let indent = chapter.kind == "nested" ? "    " : ""
                summary += "\(indent)- [\(chapter.title)](\(chapter.file))\n"
                if chapter.file.hasPrefix("ch19-04") { summary += "    - [Future Work]()\n" }
            }
        }
        files["SUMMARY.md"] = summary
        for (index, chapter) in chapters.enumerated() {
            let stem = String(chapter.file.dropLast(3))
            let next = chapters[(index + 1) % chapters.count]
            let first = chapters[2]
            var body = "# \(chapter.title)\n\nThis chapter is about \(chapter.title.lowercased()).\n\n"
            body += "Read on in [\(next.title)](\(next.file)), or go back to [the first chapter's setup](\(first.file)#setup).\n\n"
            body += "## Setup\n\nA paragraph of prose for \(stem).\n\n"
            body += "```rust\n{{#include listings/\(stem)/main.rs:body}}\n```\n\n"
            body += "Lines two to four:\n\n```rust\n{{#include listings/\(stem)/main.rs:2:4}}\n```\n\n"
            body += "## \(chapter.title)\n\nThe same words as the title, so this heading's id is numbered on.\n"
            if chapter.file == "ch03-02-data-types.md" {
                body += "\n![Memory layout](img/memory-layout.svg)\n\nFrom line 5 on:\n\n```rust\n{{#include listings/\(stem)/main.rs:5:}}\n```\n\nUp to line 1:\n\n```rust\n{{#include listings/\(stem)/main.rs::1}}\n```\n\n{{#playground listings/\(stem)/main.rs}}\n\nSee [Data Types](#data-types) above.\n"
            }
            files[chapter.file] = body
            files["listings/\(stem)/main.rs"] = "use std::io;\n// ANCHOR: body\nfn main() {\n    println!(\"\(stem)\");\n}\n// ANCHOR_END: body\n"
        }
        files["img/memory-layout.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n"
        return files
    }
}
