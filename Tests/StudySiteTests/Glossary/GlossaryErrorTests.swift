import Testing
@testable import StudySite

/// Mistakes in glossary.yml and name clashes are reported with the `path:line` to fix.
@Suite struct GlossaryErrorTests {
    func problems(_ yaml: String, notes: String = "") throws -> (errors: [String], warnings: [String]) {
        let result = try GlossaryTestSite.build(notes.isEmpty ? [] : [("notes", notes)], glossaryYAML: yaml)
        let folder = result.site.contentDirectory + "/"
        let show = { (diagnostic: Diagnostic) in diagnostic.description.replacingOccurrences(of: folder, with: "") }
        return (result.log.errors.map(show), result.log.warnings.map(show))
    }

    @Test func aSeeNamingNoTermIsAnErrorAtItsLine() throws {
        let yaml = """
            - term: VPC
              definition: A network
              see:
                - Subnet
                - Nowhere
            - term: Subnet
              definition: Part of a VPC
            """
        #expect(try problems(yaml).errors == ["glossary.yml:5:7: error: `see: Nowhere` names no glossary term"])
    }

    @Test func seeAcceptsAliasesAndShortFormsAndStoresTheTermName() throws {
        let yaml = "- term: Zone\n  definition: z\n  see: [AZ, VM]\n- term: Virtual machine\n  aliases: [VM]\n  definition: v\n"
        let result = try GlossaryTestSite.build([("n", "- **Availability Zone (AZ)**: A few data centers\n")], glossaryYAML: yaml)
        #expect(result.log.all.isEmpty)
        #expect(result.entry("Zone")?.see == ["Availability Zone (AZ)", "Virtual machine"])
    }

    @Test func anAliasThatNamesAnotherTermIsAnErrorNamingBoth() throws {
        let yaml = "- term: EC2\n  definition: Compute\n- term: EC2 instance\n  aliases: [instance, EC2]\n  definition: A server\n"
        #expect(try problems(yaml).errors == [
            "glossary.yml:4:23: error: alias `EC2` of `EC2 instance` already names `EC2` (glossary.yml:1:3); remove one of them"
        ])
    }

    @Test func twoEntriesWithTheSameAliasAreAnError() throws {
        let yaml = "- term: Reserved Instance\n  aliases: [RI]\n  definition: r\n- term: Regional Index\n  aliases: [ri]\n  definition: x\n"
        // The entry that sorts first keeps the alias; the error is at the other one and names both.
        #expect(try problems(yaml).errors == [
            "glossary.yml:2:13: error: alias `RI` of `Reserved Instance` already names `Regional Index` (alias, glossary.yml:5:13); remove one of them"
        ])
    }

    @Test func aShortFormThatNamesAnotherTermIsAWarning() throws {
        let result = try problems("- term: AZ\n  definition: A zone\n", notes: "- **Availability Zone (AZ)**: Data centers\n")
        #expect(result.errors.isEmpty)
        #expect(result.warnings == [
            "content/notes.md:1:1: warning: `AZ` (from `Availability Zone (AZ)`) already names `AZ` (glossary.yml:1:3); mentions link there"
        ])
    }

    @Test func aGlossaryFileThatIsNotAListIsAnErrorWithItsLine() throws {
        #expect(try problems("# comment\nterm: VPC\ndefinition: A network\n").errors == [
            "glossary.yml:2:1: error: glossary.yml (a list of `- term: …` entries) must be a list, found a mapping"
        ])
    }

    @Test func anEntryThatIsNotAMappingIsAnErrorWithItsLine() throws {
        #expect(try problems("- term: VPC\n  definition: A network\n- just a string\n").errors == [
            "glossary.yml:3:3: error: each glossary.yml entry must be a mapping of `key: value` lines, found \"just a string\""
        ])
    }

    @Test func everyBadEntryIsReportedInOneGo() throws {
        let yaml = "- term: A\n- definition: no term\n- term: B\n  definition: b\n  colour: red\n- term: C\n  definition: c\n  aliases: {x: 1}\n"
        let problems = try problems(yaml)
        #expect(problems.errors == [
            "glossary.yml:1:3: error: glossary.yml entry `A` has no `definition:`",
            "glossary.yml:2:3: error: glossary.yml entry has no `term:`",
            "glossary.yml:8:12: error: each item of aliases must be text, found a mapping",
        ])
        #expect(problems.warnings == ["glossary.yml:5:11: warning: unknown key `colour` in glossary.yml (known: aliases, definition, exclude, link, override, see, term)"])
    }

    /// Unknown keys follow the rule of every YAML file: a warning naming the closest known key.
    @Test func aMisspelledKeyIsAWarningThatSuggestsTheKnownOne() throws {
        let problems = try problems("- term: VPC\n  definiton: A network\n  definition: A network\n")
        #expect(problems.errors.isEmpty)
        #expect(problems.warnings == [
            "glossary.yml:2:14: warning: unknown key `definiton` in glossary.yml; did you mean `definition`? (known: aliases, definition, exclude, link, override, see, term)"
        ])
    }

    @Test func invalidYAMLIsAnErrorWithItsLine() throws {
        let errors = try problems("- term: VPC\n  definition: [unclosed\n").errors
        #expect(errors.count == 1)
        // At the `[` never closed, not where libyaml noticed (the end of the text).
        #expect(errors.first?.hasPrefix("glossary.yml:2:15: error: invalid YAML") == true, "\(errors)")
    }

    @Test func anEmptyGlossaryFileIsNoGlossary() throws {
        let result = try GlossaryTestSite.build([("a", "No terms.\n")], glossaryYAML: "# nothing yet\n")
        #expect(result.log.all.isEmpty)
        #expect(result.site.glossary.isEmpty)
        #expect(result.site.extraFiles.isEmpty)
    }
}
