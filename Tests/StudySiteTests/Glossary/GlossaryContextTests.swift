import Testing
@testable import StudySite

/// What the glossary template is given: the A–Z bar, groups by initial, "Used in" capped at 25.
@Suite struct GlossaryContextTests {
    func site(_ terms: [String], pages: Int = 0, usedIn: [String] = []) -> Site {
        var site = Site(
            contentDirectory: "content", config: SiteConfig(title: "T"), sections: [],
            pages: (0..<pages).map { GlossaryTestSite.page("p\($0)") })
        site.glossary = terms.map {
            var entry = GlossaryEntry(term: $0, id: "term-" + Slugger.slugify($0), definition: "About \($0)", location: SourceLocation(path: "g.yml"))
            entry.usedIn = usedIn
            return entry
        }
        return site
    }

    @Test func initialsAreLettersAToZOrHash() {
        #expect(GlossaryContext.initial(of: "region") == "R")
        #expect(GlossaryContext.initial(of: "Éclair") == "E")
        #expect(GlossaryContext.initial(of: "3-tier architecture") == "#")
        #expect(GlossaryContext.initial(of: ".NET") == "#")
        #expect(GlossaryContext.initial(of: "Ωmega") == "#")
    }

    @Test func everyLetterIsInTheBarButOnlyUsedOnesLink() {
        let context = GlossaryContext(site: site(["Alpha", "beta", "Zulu"]))
        #expect(context.letters.count == 26)
        #expect(context.letters.filter(\.hasTerms).map(\.letter) == ["A", "B", "Z"])
        #expect(context.groups.map(\.id) == ["letter-a", "letter-b", "letter-z"])
        #expect(context.count == "3 terms")
    }

    @Test func otherInitialsGroupUnderHashFirst() {
        let context = GlossaryContext(site: site(["3-tier", "Alpha"]))
        #expect(context.letters.first?.letter == "#")
        #expect(context.letters.first?.id == "letter-other")
        #expect(context.groups.map(\.letter) == ["#", "A"])
        #expect(GlossaryContext(site: site(["Alpha"])).letters.first?.letter == "A")
    }

    @Test func usedInListsAtMostTwentyFiveThenSaysHowManyMore() throws {
        let context = GlossaryContext(site: site(["Alpha"], pages: 30, usedIn: (0..<30).map { "p\($0)" }))
        let entry = try #require(context.groups.first?.entries.first)
        #expect(entry.usedIn.count == 25)
        #expect(entry.usedIn.first?.href == "p0.html")
        #expect(entry.usedIn.first?.title == "Title of p0")
        #expect(entry.usedIn.last?.hasNext == false)
        #expect(entry.usedIn.first?.hasNext == true)
        #expect(entry.moreUsedIn == 5)
        #expect(entry.hasMoreUsedIn)
    }

    @Test func definedInLinksToThePageAndHeading() throws {
        var site = site(["Alpha"], pages: 1)
        site.pages[0].headings = [Heading(level: 2, text: "Key terms", id: "key-terms", line: 3)]
        site.glossary[0].definedIn = PageAnchor(slug: "p0", headingID: "key-terms")
        let entry = try #require(GlossaryContext(site: site).groups.first?.entries.first)
        #expect(entry.definedIn?.href == "p0.html#key-terms")
        #expect(entry.definedIn?.title == "Title of p0 › Key terms")
    }

    @Test func aliasesThatAreOnlyPluralsAreNotShown() {
        let entry = GlossaryEntry(
            term: "Route table", id: "term-route-table", definition: "d",
            aliases: ["route tables", "custom route table", "Custom route tables", "RT"], location: SourceLocation(path: "g.yml"))
        #expect(GlossaryContext.shownAliases(of: entry) == ["custom route table", "RT"])
    }
}
