import Foundation
import Mustache

/// A context the templates render: its fields are listed once, in `fields`, which both
/// answers swift-mustache's lookups and lets a template be checked for names no context
/// has (swift-mustache renders an unknown name as nothing). Listing the keys also avoids
/// the `Mirror` lookups that otherwise dominated the build, and shows computed properties.
protocol TemplateContext: MustacheParent {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateContext {
    /// nil when the context has no such field, or the field is nil: the lookup then continues
    /// in the enclosing contexts, as Mustache requires.
    func child(named name: String) -> Any? {
        Self.fields.value(of: name, in: self)
    }

    static var noun: String { fields.noun }

    static func shape(of name: String) -> TemplateShape? {
        fields.shape(of: name)
    }

    static var fieldNames: [String] { fields.names }
}

/// A string as the templates see it. swift-mustache tries several casts on every value
/// before it prints a plain `String` (renderable? lambda? optional? then
/// `String(describing:)`), and inside `{{#text}}…{{/text}}` looks each tag up on the string
/// through `Mirror`; this type answers the first cast it meets, and has no children.
/// Transforms such as `{{uppercased(title)}}` still apply to the string inside.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// The only door to swift-mustache: loads `templates/*.mustache` once and renders
/// typed contexts with them.
struct TemplateRenderer: Sendable {
    private let library: MustacheLibrary
    let directory: String
    /// Every template's tags by template name, for `unknownFieldWarnings`.
    let tags: [String: [TemplateTag]]

    /// Templates every site needs; partials they use are checked as they are loaded.
    public static let requiredTemplates = ["layout", "page", "index", "404"]

    public init(directory: String, required: [String] = TemplateRenderer.requiredTemplates) throws(BuildFailure) {
        FastHTMLEscaping.register()
        self.directory = directory
        let root = URL(fileURLWithPath: directory)
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: root.path) else {
            throw BuildFailure(.error("templates directory not found", at: SourceLocation(path: directory)))
        }
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = TemplateRenderer.display(directory, name)
            guard let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else {
                problems.append(.error("cannot read template (is it UTF-8?)", at: SourceLocation(path: path)))
                continue
            }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                templates[templateName] = try MustacheTemplate(string: FastHTMLEscaping.pragma + text)
                sources[templateName] = text
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - FastHTMLEscaping.pragma.count) : error.context.columnNumber
                problems.append(.error(
                    "Mustache syntax: \(TemplateRenderer.describe(error.error))",
                    at: SourceLocation(path: path, line: line, column: column)))
            } catch {
                problems.append(.error("Mustache syntax: \(error)", at: SourceLocation(path: path)))
            }
        }
        for name in required where templates[name] == nil && sources[name] == nil && !problems.contains(where: { $0.location?.path == TemplateRenderer.display(directory, name + ".mustache") }) {
            problems.append(.error("template `\(name)` is missing; every site needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))", at: SourceLocation(path: TemplateRenderer.display(directory, name + ".mustache"))))
        }
        // swift-mustache renders a missing partial as nothing; a typo must not pass silently.
        tags = sources.mapValues(TemplateTag.scan)
        for (name, list) in tags.sorted(by: { $0.key < $1.key }) {
            for tag in list where (tag.kind == .partial || tag.kind == .parent) && !tag.name.hasPrefix("*") && templates[tag.name] == nil {
                problems.append(.error("partial `\(tag.name)` not found (no \(tag.name).mustache in \(directory))", at: SourceLocation(path: TemplateRenderer.display(directory, name + ".mustache"), line: tag.line, column: tag.column)))
            }
        }
        problems += TemplateRenderer.partialCycles(in: tags, directory: directory)
        if !problems.isEmpty { throw BuildFailure(problems) }
        library = MustacheLibrary(templates: templates)
    }

    public func hasTemplate(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    public func render(_ context: Any, template name: String) throws(BuildFailure) -> String {
        guard let output = library.render(context, withTemplate: name) else {
            throw BuildFailure(.error("template `\(name)` is missing", at: SourceLocation(path: TemplateRenderer.display(directory, name + ".mustache"))))
        }
        return output
    }

    static func display(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only block overrides may appear inside {{<…}}"
        case .textInsideInheritSection: return "text is not allowed directly inside {{<…}}"
        case .invalidConfigVariableSyntax: return "bad pragma syntax"
        case .unrecognisedConfigVariable: return "unknown pragma"
        }
    }
}

/// The same escaping as swift-mustache's HTML content type (`& < > " '`), done on UTF-8
/// bytes and skipped entirely for text with nothing to escape. The default escapes one
/// Character at a time through a dictionary, and was a third of a large build.
/// Every template is loaded with this content type's pragma in front, so template
/// authors write plain Mustache.
enum FastHTMLEscaping: MustacheContentType {
    case html

    static let name = "STUDYSITE_HTML"
    /// Prepended on the template's first line, so line numbers in errors are unchanged.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    static func register() {
        MustacheContentTypes.register(FastHTMLEscaping.html, named: name)
    }

    func escapeText(_ text: String) -> String {
        HTMLEscape.text(text)
    }
}
