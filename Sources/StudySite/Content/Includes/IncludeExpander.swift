import Foundation

/// mdBook's `{{#include file.rs}}`, `{{#include file.rs:anchor}}` and
/// `{{#include file.rs:2:10}}` (also `:2` for one line, `:2:` and `::10`), expanded before the
/// Markdown is parsed, anywhere in a note (in code fences too, where they are most used).
/// Paths are relative to the note and stay inside the content folder; an included file may
/// include others (up to `maxDepth`). `\{{#include …}}` is written as text without the `\`.
/// Other `{{#…}}` directives (`{{#playground}}`, `{{#rustdoc_include}}`, `{{#title}}`) are
/// warned about and left as written.
///
/// Every line of the result maps back to a line of the note (`lineMap`): an included line to
/// the line of its directive, so an error found later still points at the note's real line.
struct IncludeExpander: Sendable {
    /// The content folder as given, without a trailing `/`.
    let root: String
    /// Its real path, so a symbolic link cannot lead an include outside it.
    let realRoot: String
    /// What goes before a content-relative path in messages (`content/`).
    let contentPrefix: String

    static let maxDepth = 10

    init(root: String, contentPrefix: String) {
        self.root = root
        self.realRoot = ContentTree.realPath(root) ?? root
        self.contentPrefix = contentPrefix
    }

    private func display(_ relative: String) -> String { contentPrefix + relative }

    /// Cheap test before the line-by-line work: most notes have no directive at all.
    static func mayHaveDirectives(_ markdown: String) -> Bool {
        markdown.containsBytes(of: "{{")
    }

    /// `markdown` (the body of the note at `note`, relative to the content folder) with its
    /// directives expanded, and for each line of it the body line it came from.
    func expand(_ markdown: String, note: String, page: Page, log: DiagnosticLog) -> (text: String, lineMap: [Int]) {
        var lines: [Substring] = []
        var lineMap: [Int] = []
        let folder = IncludeExpander.folder(of: note)
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains("{{") else {
                lines.append(line)
                lineMap.append(offset + 1)
                continue
            }
            let expanded = expandLine(line, folder: folder, depth: 0) { message, column, isError in
                let location = page.location(line: offset + 1, column: column)
                log.report(isError ? .error(message, at: location) : .warning(message, at: location))
            }
            for piece in expanded.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(piece)
                lineMap.append(offset + 1)
            }
        }
        return (lines.joined(separator: "\n"), lineMap)
    }

    /// One line (of a note or of an included file) with its directives replaced. `report`
    /// gets a message, the 1-based column of its directive and whether it is an error.
    private func expandLine(_ line: Substring, folder: String, depth: Int, report: (String, Int, Bool) -> Void) -> String {
        var result = ""
        var rest = line
        while let open = rest.range(of: "{{") {
            let before = rest[..<open.lowerBound]
            if before.hasSuffix("\\"), let close = rest[open.upperBound...].range(of: "}}") {
                // `\{{#include x}}`: written as it is, without its backslash.
                result += before.dropLast() + rest[open.lowerBound..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            result += before
            guard let directive = Directive(parsing: rest[open.lowerBound...]) else {
                result += "{{"
                rest = rest[open.upperBound...]
                continue
            }
            let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
            let written = rest[open.lowerBound..<directive.end]
            rest = rest[directive.end...]
            guard directive.name == "include" else {
                report("`{{#\(directive.name) …}}` is an mdBook directive StudySite does not run; it is left as text (only `{{#include}}` is)", column, false)
                result += written
                continue
            }
            switch include(directive.argument, folder: folder, depth: depth, report: { report($0, column, $1) }) {
            case .some(let text): result += text
            case .none: result += written
            }
        }
        return result + rest
    }

    /// The text `argument` (`file.rs`, `file.rs:anchor`, `file.rs:2:10`) names, its own
    /// directives expanded; nil, reported, when it cannot be read.
    private func include(_ argument: String, folder: String, depth: Int, report: (String, Bool) -> Void) -> String? {
        let selection = IncludeSelection(parsing: argument)
        guard let relative = IncludeExpander.resolve(selection.path, in: folder) else {
            report("cannot include \(selection.path): it is outside the content folder", true)
            return nil
        }
        let full = root + "/" + relative
        guard let real = ContentTree.realPath(full) else {
            report("cannot include \(display(relative)): no such file", true)
            return nil
        }
        guard real.hasPrefix(realRoot + "/") else {
            report("cannot include \(display(relative)): it leads outside the content folder, to \(real)", true)
            return nil
        }
        let text: String
        do throws(BuildFailure) {
            text = try ContentLoader.readText(atPath: full, path: display(relative))
        } catch {
            report("cannot include \(display(relative)): \(error.diagnostics.first?.message ?? "cannot read it")", true)
            return nil
        }
        guard let selected = selection.select(from: FrontMatter.normalized(text)) else {
            report("cannot include \(display(relative)): it has no `ANCHOR: \(selection.anchor ?? "")` line", true)
            return nil
        }
        guard selected.contains("{{") else { return selected }
        guard depth < IncludeExpander.maxDepth else {
            report("includes nested more than \(IncludeExpander.maxDepth) deep (does a file include itself?); the rest is left as text", true)
            return selected
        }
        let innerFolder = IncludeExpander.folder(of: relative)
        return selected.split(separator: "\n", omittingEmptySubsequences: false)
            .map { expandLine($0, folder: innerFolder, depth: depth + 1, report: { message, _, isError in report(message, isError) }) }
            .joined(separator: "\n")
    }

    static func folder(of relative: String) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return "" }
        return String(relative[..<slash])
    }

    /// `path` relative to `folder`, `.` and `..` resolved; nil when it leaves the content
    /// folder (or is absolute).
    static func resolve(_ path: String, in folder: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var segments = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}

/// `{{#name argument}}` at the start of some text.
struct Directive {
    var name: String
    var argument: String
    /// Just past the closing `}}`.
    var end: Substring.Index

    init?(parsing text: Substring) {
        guard text.hasPrefix("{{") else { return nil }
        var rest = text.dropFirst(2).drop(while: { $0 == " " })
        guard rest.first == "#" else { return nil }
        rest = rest.dropFirst()
        let name = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        guard !name.isEmpty, let close = rest.range(of: "}}") else { return nil }
        let argument = rest[name.endIndex..<close.lowerBound]
        guard argument.isEmpty || argument.first == " " || argument.first == "\t" else { return nil }
        self.name = String(name)
        self.argument = argument.trimmingCharacters(in: .whitespaces)
        end = close.upperBound
    }
}
