// bench-corpus: writes a deterministic synthetic content directory for `make bench`.
//
//     bench-corpus PAGES OUTPUT_DIR [SOURCE_CONTENT_DIR]
//
// Replicates the notes of SOURCE_CONTENT_DIR (default `content`) into PAGES pages in
// sections of at most 100 pages (`s001/` … `s100/` at 10,000), each with a unique title,
// their tables, code blocks, bold terms and links kept. Links between notes point at the
// replica in the same section; every page ends with links to its neighbour and to a page
// of another section (`../s002/…`). Generator blocks (```cidr-table etc.) become plain
// ```text code blocks, so cmark-gfm, Hugo and StudySite render the same Markdown.
// `site.yml` and `glossary.yml` are copied. Same arguments, same bytes.
import Foundation

struct Note {
    var name: String
    var title: String
    var summary: String
    var body: String
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-corpus: \(message)\n".utf8))
    exit(2)
}

/// Splits `---` front matter from the body and reads `title:` and `summary:`.
func readNote(_ text: String, name: String) -> Note {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { fail("\(name).md has no front matter") }
    var fields: [String: String] = [:]
    for line in lines[1..<end] {
        guard let colon = line.firstIndex(of: ":") else { continue }
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        fields[String(line[..<colon])] = value
    }
    let body = lines[(end + 1)...].joined(separator: "\n")
    return Note(name: name, title: fields["title"] ?? name, summary: fields["summary"] ?? "", body: body)
}

/// Fences whose info string is a word other than a known language are generator blocks.
let plainLanguages: Set<String> = ["", "bash", "sh", "json", "python", "yaml", "text", "js", "swift"]

/// Rewrites generator fences to ```text and `note.md` links to the replica `note-cN.md`.
func replicate(_ body: String, copy: Int, known: Set<String>, exists: (String) -> Bool) -> String {
    var out: [Substring] = []
    var inFence = false
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("```") {
            let info = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            if !inFence && !plainLanguages.contains(info) { out.append("```text"); inFence = true; continue }
            inFence.toggle()
            out.append(line)
            continue
        }
        out.append(inFence ? line : Substring(rewriteLinks(String(line), copy: copy, known: known, exists: exists)))
    }
    return out.joined(separator: "\n")
}

func rewriteLinks(_ line: String, copy: Int, known: Set<String>, exists: (String) -> Bool) -> String {
    guard line.contains(".md") else { return line }
    var result = ""
    var rest = Substring(line)
    while let open = rest.range(of: "](") {
        result += rest[..<open.upperBound]
        rest = rest[open.upperBound...]
        let target = rest.prefix(while: { $0 != ")" && $0 != "#" })
        if target.hasSuffix(".md"), !target.contains("/"), known.contains(String(target.dropLast(3))) {
            let name = String(target.dropLast(3))
            let replica = "\(name)-c\(copy)"
            result += exists(replica) ? replica + ".md" : "\(name)-c0.md"
            rest = rest[target.endIndex...]
        }
    }
    return result + rest
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let pageCount = Int(arguments[1]), pageCount > 0 else {
    fail("usage: bench-corpus PAGES OUTPUT_DIR [SOURCE_CONTENT_DIR]")
}
let output = URL(fileURLWithPath: arguments[2])
let source = URL(fileURLWithPath: arguments.count > 3 ? arguments[3] : "content")
let fileManager = FileManager.default

let noteFiles = ((try? fileManager.contentsOfDirectory(atPath: source.path)) ?? [])
    .filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
guard !noteFiles.isEmpty else { fail("no notes in \(source.path)") }
let notes = noteFiles.map { file -> Note in
    guard let data = fileManager.contents(atPath: source.appendingPathComponent(file).path),
        let text = String(data: data, encoding: .utf8)
    else { fail("cannot read \(file)") }
    return readNote(text, name: String(file.dropLast(3)))
}
let known = Set(notes.map(\.name))

let sectionSize = 100
let sectionCount = (pageCount + sectionSize - 1) / sectionSize
func sectionName(_ index: Int) -> String { String(format: "s%03d", index + 1) }
func pagesIn(_ section: Int) -> Int { min(sectionSize, pageCount - section * sectionSize) }
/// The file name (without `.md`) of page `index` of a section.
func pageName(_ index: Int) -> String { "\(notes[index % notes.count].name)-c\(index / notes.count)" }

try? fileManager.removeItem(at: output)
do {
    try fileManager.createDirectory(at: output, withIntermediateDirectories: true)
    for file in ["site.yml", "glossary.yml"] where fileManager.fileExists(atPath: source.appendingPathComponent(file).path) {
        let text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
        try Data((file == "site.yml" ? withoutNoteReferences(text) : text).utf8).write(to: output.appendingPathComponent(file))
    }
    for section in 0..<sectionCount {
        let folder = output.appendingPathComponent(sectionName(section))
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("title: \"Part \(section + 1)\"\norder: \(section + 1)\n".utf8).write(to: folder.appendingPathComponent("_section.yml"))
        let count = pagesIn(section)
        let names = Set((0..<count).map(pageName))
        for index in 0..<count {
            let note = notes[index % notes.count]
            let copy = index / notes.count
            let body = replicate(note.body, copy: copy, known: known, exists: names.contains)
            let next = pageName((index + 1) % count)
            let otherSection = (section + 1) % sectionCount
            let other = "../\(sectionName(otherSection))/\(pageName(index % pagesIn(otherSection))).md"
            let text = """
                ---
                title: "\(note.title) (part \(section + 1), copy \(copy + 1))"
                order: \(index + 1)
                summary: "\(note.summary)"
                ---
                \(body)

                ## See also

                Continue with [the next note](\(next).md), or compare with [the same note in another part](\(other)).

                """
            try Data(text.utf8).write(to: folder.appendingPathComponent(pageName(index) + ".md"))
        }
    }
} catch {
    fail("cannot write \(output.path): \(error.localizedDescription)")
}

/// site.yml without the keys that name the source's notes (`sections:`, `start:`,
/// `cheatsheet:`): the corpus renames every note, so they would name none.
func withoutNoteReferences(_ yaml: String) -> String {
    var kept: [Substring] = []
    var skipping = false
    for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
        let topLevel = !(line.first?.isWhitespace ?? true) && !line.hasPrefix("#")
        if topLevel { skipping = ["sections:", "start:", "cheatsheet:"].contains { line.hasPrefix($0) } }
        if !skipping { kept.append(line) }
    }
    return kept.joined(separator: "\n")
}
