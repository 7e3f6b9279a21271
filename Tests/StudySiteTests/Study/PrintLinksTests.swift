import Testing
@testable import StudySite

/// How a note's ids and links are rewritten for the one-document print page, including
/// notes in section folders, and how anki.tsv quotes a field.
@Suite struct PrintLinksTests {
    let links = PrintLinks(slugs: ["intro", "net/vpc", "net/subnets", "glossary"])

    @Test func prefixesAreTheSlugsWithSlashesAsDashes() {
        #expect(links.prefixes == ["intro": "intro", "net/vpc": "net-vpc", "net/subnets": "net-subnets", "glossary": "glossary"])
    }

    @Test func linksToNotesBecomeLinksInsideTheDocument() {
        #expect(links.target("subnets.html#sizes", from: "net/vpc", prefix: "net-vpc") == "#net-subnets--sizes")
        #expect(links.target("../intro.html", from: "net/vpc", prefix: "net-vpc") == "#intro")
        #expect(links.target("../glossary.html#term-vpc", from: "net/vpc", prefix: "net-vpc") == "#glossary--term-vpc")
        #expect(links.target("#gateways", from: "net/vpc", prefix: "net-vpc") == "#net-vpc--gateways")
        #expect(links.target("net/vpc.html#gateways", from: "intro", prefix: "intro") == "#net-vpc--gateways")
    }

    @Test func otherLinksLeadFromTheSiteRoot() {
        #expect(links.target("../cidr.html#x", from: "net/vpc", prefix: "net-vpc") == "cidr.html#x")
        #expect(links.target("../assets/a.png", from: "net/vpc", prefix: "net-vpc") == "assets/a.png")
        #expect(links.target("https://aws.amazon.com/", from: "net/vpc", prefix: "net-vpc") == "https://aws.amazon.com/")
    }

    @Test func everyIDAndReferenceToOneIsPrefixed() {
        let html = "<h2 id=\"a\">A</h2><fieldset id=\"q\"><input type=\"radio\" name=\"q\" id=\"q-choice-1\"><label for=\"q-choice-1\">x</label></fieldset><section aria-labelledby=\"a b\"><a href=\"#a\">a</a></section>"
        #expect(links.rewrite(html, of: "net/vpc") == "<h2 id=\"net-vpc--a\">A</h2><fieldset id=\"net-vpc--q\"><input type=\"radio\" name=\"net-vpc--q\" id=\"net-vpc--q-choice-1\"><label for=\"net-vpc--q-choice-1\">x</label></fieldset><section aria-labelledby=\"net-vpc--a net-vpc--b\"><a href=\"#net-vpc--a\">a</a></section>")
    }

    @Test func aLinkToAnIDLeftOutOfACheatSheetPartLeadsBackToTheNote() {
        let part = "<h2 id=\"a\">A</h2><a href=\"#a\">here</a> <a href=\"#b\">elsewhere</a>"
        #expect(PrintLinks(slugs: []).rewrite(part, of: "net/vpc", prefix: "cheat-1", localIDs: ["a"])
            == "<h2 id=\"cheat-1--a\">A</h2><a href=\"#cheat-1--a\">here</a> <a href=\"net/vpc.html#b\">elsewhere</a>")
    }

    @Test func headingsMoveOneLevelDownAndDetailsOpen() {
        let layout = PrintLinks.Layout(demotesHeadings: true, opensDetails: true)
        #expect(links.rewrite("<h1>a</h1><h2 id=\"x\">b</h2><H3>c</H3><h6>d</h6><hr><header>e</header>", of: "intro", layout: layout)
            == "<h2>a</h2><h3 id=\"intro--x\">b</h3><h4>c</h4><h6>d</h6><hr><header>e</header>")
        #expect(links.rewrite("<details><summary>s</summary></details><details class=\"q\"><details open>", of: "intro", layout: layout)
            == "<details open><summary>s</summary></details><details open class=\"q\"><details open>")
    }

    @Test func commentsTextAndUnquotedAttributesPassUnchanged() {
        let html = "<!-- id=\"c\" --><p>a < b &amp; é</p><td align=left data-id=\"k\">x</td>"
        #expect(links.rewrite(html, of: "intro") == html)
    }

    @Test func ankiFieldsAreOneLineAndQuotedWhenTheyHoldAQuote() {
        #expect(AnkiDeck.field("plain\ttext\nhere") == "plain text here")
        #expect(AnkiDeck.field("<ol type=\"a\">") == "\"<ol type=\"\"a\"\">\"")
        #expect(AnkiDeck.unlinked("see <a href=\"vpc.html\">VPC</a>") == "see VPC")
        #expect(AnkiDeck.unlinked("<a>x</a> <abbr title=\"t\">AZ</abbr> <a class=\"term\" href=\"#y\">y</a> a < b <a") == "x <abbr title=\"t\">AZ</abbr> y a < b <a")
    }
}
