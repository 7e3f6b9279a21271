import Foundation
import Testing

/// ARCHITECTURE.md says how the sources are laid out and which way dependencies run;
/// these tests hold the sources to it.
@Suite struct ArchitectureTests {
    static let sources = Repository.root.appendingPathComponent("Sources/StudySite")
    /// The build's stages in data-flow order.
    static let stages = ["Content", "Lint", "Markdown", "Glossary", "ReferenceTables", "Diagrams", "Study", "Search", "Render", "Output"]

    @Test func theLayoutInArchitectureMDIsTheLayoutOnDisk() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        let block = try #require(text.components(separatedBy: "Sources/StudySite/\n").dropFirst().first?.components(separatedBy: "```").first)
        let documented = Set(block.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^  (\w+)\//).map { String($0.output.1) }
        })
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.sources.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        })
        #expect(documented == onDisk)
    }

    /// No stage names a type declared by a stage after it, nor the pipeline's; LinkCheck,
    /// which reads the output, names none of the build's stages.
    @Test func dependenciesRunOneWay() throws {
        let declared = try Self.topLevelTypes()
        #expect(declared["TermLinker"] == "Glossary" && declared["SiteConfig"] == "Model", "the scan finds the declared types")
        for (position, stage) in Self.stages.enumerated() {
            let later = Set(Self.stages[(position + 1)...] + ["Pipeline", "LinkCheck", "Serve"])
            try Self.expectNoUse(of: declared.filter { later.contains($0.value) }, in: stage)
        }
        try Self.expectNoUse(of: declared.filter { Self.stages.contains($0.value) || ["Pipeline", "Serve"].contains($0.value) }, in: "LinkCheck")
        // Serve drives the pipeline; the pipeline never knows it is being served.
        try Self.expectNoUse(of: declared.filter { $0.value == "Serve" }, in: "Pipeline")
        for shared in ["Model", "Diagnostics", "HTML", "Support"] {
            try Self.expectNoUse(of: declared.filter { $0.value != shared && !["Model", "Diagnostics", "HTML", "Support"].contains($0.value) }, in: shared)
        }
    }

    /// Type name → folder, for the types declared at the top level of each folder's files.
    static func topLevelTypes() throws -> [String: String] {
        var types: [String: String] = [:]
        for folder in stages + ["LinkCheck", "Pipeline", "Serve", "Model", "Diagnostics", "HTML", "Support"] {
            for (_, text) in try files(in: folder) {
                for match in text.matches(of: /(?m)^(?:public )?(?:final )?(?:struct|enum|class|protocol|actor) (\w+)/) {
                    types[String(match.output.1)] = folder
                }
            }
        }
        return types
    }

    static func files(in folder: String) throws -> [(String, String)] {
        let root = sources.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try paths.sorted().map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func expectNoUse(of types: [String: String], in folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // A name some type declares inside itself (`LayoutContext.Link`) is ambiguous; it is left out.
        let nested = try (stages + ["LinkCheck", "Pipeline", "Model", "Diagnostics", "HTML", "Support"]).reduce(into: Set<String>()) { names, folder in
            for (_, text) in try files(in: folder) { names.formUnion(nestedNames(in: text)) }
        }
        for (file, text) in try files(in: folder) {
            // Comments and string literals may name anything.
            let code = text.replacing(/\/\/[^\n]*/, with: "").replacing(/"[^"\n]*"/, with: "\"\"")
            // Every identifier (Regex's `\b` follows Unicode words, where `Type.member` is one).
            let words = Set(code.matches(of: /[A-Za-z_][A-Za-z0-9_]*/).map { String($0.output) })
            for (type, owner) in types where words.contains(type) && !nested.contains(type) {
                Issue.record("\(folder)/\(file) uses \(type) from \(owner)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Types a file declares inside others.
    static func nestedNames(in code: String) -> Set<String> {
        Set(code.matches(of: /(?m)^[ \t]+(?:public |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol) (\w+)/).map { String($0.output.1) })
    }
}
