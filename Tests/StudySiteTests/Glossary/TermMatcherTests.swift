import Testing
@testable import StudySite

/// Matching rules: whole words, case-insensitive, longest phrase first, a final `s`/`es`
/// for plurals, and `-` equal to a space. Decided: "Region" does not match "Regional"
/// (a different word), but "Regions" and "Region-specific" do.
@Suite struct TermMatcherTests {
    /// The matched text and the index of the term, for readable expectations.
    func found(_ phrases: [[String]], in text: String) -> [String] {
        TermMatcher(phrases: phrases).matches(in: text).map { "\(text[$0.range])=\($0.term)" }
    }

    @Test func longestPhraseWins() {
        #expect(found([["Zone"], ["Availability Zone"]], in: "an Availability Zone is a zone") == ["Availability Zone=1", "zone=0"])
        #expect(found([["Route table"], ["Main route table"]], in: "the main route table and a route table") == ["main route table=1", "route table=0"])
    }

    @Test func aPhraseThatDoesNotCompleteFallsBackToItsShorterPrefix() {
        #expect(found([["Availability"], ["Availability Zone ID"]], in: "Availability Zone names") == ["Availability=0"])
    }

    /// ASCII words take a byte path and the others the String trie; both meet in one phrase.
    @Test func termsAndProseMixingASCIIAndOtherWordsMatch() {
        #expect(found([["Café Wi-Fi"], ["Naïve Bayes"], ["Zürich Region"]], in: "CAFÉ wi-fi, naïve BAYES and ZÜRICH regions; Cafés") ==
            ["CAFÉ wi-fi=0", "naïve BAYES=1", "ZÜRICH regions=2"])
        #expect(found([["Straße"]], in: "two STRASSE, one straße, many Straßes") == ["straße=0", "Straßes=0"])
        #expect(found([["Bus"], ["Buse"]], in: "BUSES and Buses") == ["BUSES=1", "Buses=1"])
    }

    @Test func onlyWholeWordsMatch() {
        #expect(found([["Region"]], in: "Regional and subregion and region1") == [])
        #expect(found([["AZ"]], in: "AZURE hazard") == [])
        #expect(found([["Region"]], in: "(Region), Region. Region!") == ["Region=0", "Region=0", "Region=0"])
    }

    @Test func pluralsWithSOrEsMatch() {
        #expect(found([["Region"]], in: "Regions") == ["Regions=0"])
        #expect(found([["AMI"]], in: "two AMIs") == ["AMIs=0"])
        #expect(found([["IP address"]], in: "IP addresses") == ["IP addresses=0"])
        #expect(found([["Availability Zone"]], in: "Availability Zones") == ["Availability Zones=0"])
        // Only the last word of a phrase takes a plural ending, and the ending is one `s` or `es`.
        #expect(found([["Availability Zone"]], in: "Availabilitys Zone") == [])
        #expect(found([["Region"]], in: "Regionss") == [])
    }

    @Test func anExactTermBeatsAPluralReading() {
        #expect(found([["Bus"], ["Buses"]], in: "Buses") == ["Buses=1"])
    }

    @Test func aPluralInSIsReadBeforeOneInEs() {
        #expect(found([["Bus"], ["Buse"]], in: "Buses") == ["Buses=1"])
        #expect(found([["Bus"]], in: "Buses and Buss") == ["Buses=0", "Buss=0"])
    }

    @Test func matchingIgnoresCaseAndKeepsTheTextsRange() {
        #expect(found([["Shared Responsibility Model"]], in: "the SHARED responsibility model") == ["SHARED responsibility model=0"])
        #expect(found([["Überblick"]], in: "ein ÜBERBLICK") == ["ÜBERBLICK=0"])
    }

    @Test func hyphensAndSpacesAreTheSameWordGap() {
        #expect(found([["Pay-as-you-go"]], in: "pay as you go and Pay-as-you-go") == ["pay as you go=0", "Pay-as-you-go=0"])
        #expect(found([["Region"]], in: "Region-specific") == ["Region=0"])
        #expect(found([["AZ"]], in: "multi-AZ") == ["AZ=0"])
    }

    @Test func aPhraseRunsAcrossUnderscoresAmpersandsSlashesAndNoBreakSpaces() {
        #expect(found([["Email & password"]], in: "your email & password") == ["email & password=0"])
        #expect(found([["TCP/IP"]], in: "the tcp/ip stack") == ["tcp/ip=0"])
        #expect(found([["rule set"]], in: "a rule_set") == ["rule_set=0"])
        #expect(found([["Availability Zone"]], in: "Availability\u{00A0}Zone") == ["Availability\u{00A0}Zone=0"])
    }

    @Test func aPhraseDoesNotRunAcrossPunctuationOrBlocks() {
        #expect(found([["Availability Zone"]], in: "Availability. Zone") == [])
        #expect(found([["Availability Zone"]], in: "Availability\(MarkdownCompiler.phraseBreak)Zone") == [])
        #expect(found([["Availability Zone"]], in: "Availability, Zone") == [])
    }

    /// A paragraph wrapped in the Markdown keeps its phrases: the soft break is a `\n`.
    @Test func aPhraseRunsAcrossAWrappedLine() {
        #expect(found([["Availability Zone"]], in: "one Availability\nZone") == ["Availability\nZone=0"])
    }

    @Test func theFirstTermToClaimASpellingKeepsIt() {
        #expect(found([["EC2", "Amazon EC2"], ["EC2"]], in: "EC2") == ["EC2=0"])
    }

    @Test func keyIsTheWordsLowerCased() {
        #expect(TermMatcher.key(for: "Pay-as-you-go") == TermMatcher.key(for: "pay as  you go"))
        #expect(TermMatcher.key(for: "Availability Zone (AZ)") == "availability zone az")
        #expect(TermMatcher.key(for: "—") == "")
    }

    @Test func theByteScanFindsTheSameWordsAsTheScalarScan() {
        let samples = [
            "", "a", "Region-specific multi-AZ, e.g. us-east-1!", "Café café cafe\u{301} naïve",
            "Ωmega ΑΒΓ δ", "日本語のテキスト and 中文", "emoji 👩‍💻 here 🇩🇪 flag", "non\u{2011}breaking hyphen",
            "tab\tline\nbreak  double", "trailing word", "x\u{2028}y", "١٢٣ arabic digits", "ends with é",
        ]
        var generator = SeededGenerator(seed: 20_261_129)
        let alphabet = Array("ab Z9-._&/,\t\u{A0}\u{2011}é\u{301}Ω日👩‍💻\n")
        let random = (0..<300).map { _ in String((0..<Int.random(in: 0..<24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        for text in samples + random {
            let bytes = TermMatcher.wordRanges(in: text).map { "\(text[$0.range])|\($0.joinsPrevious)" }
            let scalars = TermMatcher.scalarWordRanges(in: text).map { "\(text[$0.range])|\($0.joinsPrevious)" }
            #expect(bytes == scalars, "\(text.debugDescription) (seed \(generator.seed))")
        }
    }

    @Test func anEmptyMatcherFindsNothing() {
        #expect(TermMatcher(phrases: []).isEmpty)
        #expect(found([], in: "anything at all") == [])
        #expect(found([["—"]], in: "— dash") == [])
    }
}
