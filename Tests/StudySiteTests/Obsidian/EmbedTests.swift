import Testing
@testable import StudySite

/// `![[Note]]`, `![[Note#Heading]]` show the note or section in place; `![[image.png]]` the
/// image, found anywhere in the content folder and copied into the site.
@Suite struct EmbedTests {
    @Test func aSectionRunsToTheNextHeadingOfItsLevelWithLinksRebasedAndIDsDropped() throws {
        let result = try VaultTestSite.build([
            ("Home.md", "![[networking/Sheet#Sizes]]\n\n![[Sheet]]\n"),
            ("networking/Sheet.md", "See [[Home]] and [vpc](vpc.md), [top](#ranges).\n\n## Sizes\n\nSmall.\n\n### Detail\n\nDeeper.\n\n## Ranges\n\nNot in the section.\n"),
            ("networking/vpc.md", "VPC.\n"),
        ])
        #expect(result.messages == [])
        let home = result.html("home")
        let section = "<aside class=\"embed\">\n<p class=\"embed-source\"><a href=\"networking/sheet.html#sizes\">Sheet › Sizes</a></p>\n<h2>\nSizes\n</h2>\n<p>Small.</p>\n<h3>\nDetail\n</h3>\n<p>Deeper.</p>\n</aside>\n"
        #expect(home.hasPrefix(section), "\(home)")
        #expect(home.contains("<p class=\"embed-source\"><a href=\"networking/sheet.html\">Sheet</a></p>\n<p>See <a href=\"home.html\">Home</a> and <a href=\"networking/vpc.html\">vpc</a>, <a href=\"networking/sheet.html#ranges\">top</a>.</p>"))
        #expect(!home.contains(" id=") && !home.contains("class=\"anchor\""), "\(home)")
        // The note itself is unchanged.
        #expect(result.html("networking/sheet").contains("<h2 id=\"sizes\">"))
    }

    @Test func embedsInsideEmbedsAreFinishedFirst() throws {
        let result = try VaultTestSite.build([
            ("a.md", "![[b]]\n"), ("b.md", "B says:\n\n![[c#Part]]\n"), ("c.md", "## Part\n\nC's part.\n"),
        ])
        #expect(result.messages == [])
        #expect(result.html("a").contains("<p>B says:</p>\n<aside class=\"embed\">\n<p class=\"embed-source\"><a href=\"c.html#part\">c › Part</a></p>\n<h2>\nPart\n</h2>\n<p>C's part.</p>\n</aside>"))
    }

    @Test func aCycleIsAnErrorNamingTheChain() throws {
        let result = try VaultTestSite.build([
            ("a.md", "Intro.\n\n![[b]]\n"), ("b.md", "![[c#Part]]\n"), ("c.md", "## Part\n\n![[a]]\n"),
            ("d.md", "![[d]]\n"),
        ])
        #expect(result.messages == [
            "content/a.md:6:1: error: ![[b]]: embeds are a cycle: content/a.md → content/b.md → content/c.md#part → content/a.md; an embed cannot show itself",
            "content/d.md:4:1: error: ![[d]]: embeds are a cycle: content/d.md → content/d.md; an embed cannot show itself",
        ])
    }

    @Test func aSectionWhoseHeadingIsInACalloutCannotBeEmbedded() throws {
        let result = try VaultTestSite.build([("a.md", "![[b#Inside]]\n"), ("b.md", "> [!note]\n> ## Inside\n> Text.\n\n## After\n")])
        #expect(result.messages == [
            "content/a.md:4:1: error: ![[b#Inside]]: the heading \"Inside\" is inside a quote, list or callout, so its section cannot be embedded; embed the note or a heading outside it",
        ])
    }

    @Test func aSectionOfTheSameNoteIsNoCycle() throws {
        let result = try VaultTestSite.build([("d.md", "## One\n\n![[#Two]]\n\n## Two\n\nText two.\n")])
        #expect(result.messages == [])
        #expect(result.html("d").contains("<a href=\"d.html#two\">d › Two</a></p>\n<h2>\nTwo\n</h2>\n<p>Text two.</p>\n</aside>"))
    }

    @Test func anEmbedSharingItsLineIsLinkedWithAWarning() throws {
        let result = try VaultTestSite.build([("a.md", "Text ![[b]] inline.\n"), ("b.md", "B.\n")])
        #expect(result.messages == ["content/a.md:4:6: warning: ![[b]] shares its paragraph with other text, so it is linked, not embedded; put it on a line of its own"])
        #expect(result.html("a") == "<p>Text <a href=\"b.html\">b</a> inline.</p>\n")
    }

    @Test func imagesAreFoundAnywhereNearestFirstAndCopied() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00]
        let result = try VaultTestSite.build([
            ("networking/vpc.md", "![[pic.png]] ![[pic.png|300]] ![[Pasted image.png|200x100]] ![[attachments/pic.png|A picture]] ![[paper.pdf]]\n"),
        ], images: ["attachments/pic.png": png, "networking/img/pic.png": [1], "attachments/Pasted image.png": [2], "attachments/paper.pdf": [3]])
        #expect(result.messages == [])
        #expect(result.html("networking/vpc") == "<p><img src=\"../networking/img/pic.png\" alt=\"pic\" loading=\"lazy\"> "
            + "<img src=\"../networking/img/pic.png\" alt=\"pic\" width=\"300\" loading=\"lazy\"> "
            + "<img src=\"../attachments/Pasted%20image.png\" alt=\"Pasted image\" width=\"200\" height=\"100\" loading=\"lazy\"> "
            + "<img src=\"../attachments/pic.png\" alt=\"A picture\" loading=\"lazy\"> <a href=\"../attachments/paper.pdf\">paper.pdf</a></p>\n")
        #expect(result.extraFiles["attachments/pic.png"] == png)
    }

    /// A table cell takes no raw markup: the image is a Markdown image there, without its size.
    @Test func anImageInATableCellIsAMarkdownImage() throws {
        let result = try VaultTestSite.build([("t.md", "| a |\n|---|\n| ![[pic.png\\|50]] and [[t\\|me]] |\n")], images: ["attachments/pic.png": [1]])
        #expect(result.messages == [])
        #expect(result.html("t").contains("<td data-label=\"a\"><img src=\"attachments/pic.png\" alt=\"pic\" /> and <a href=\"t.html\">me</a></td>"), "\(result.html("t"))")
    }

    /// `![[lecture.mp3]]` and `![[clip.mp4]]` are the browser's players, as in Obsidian, loading
    /// nothing until played; a video takes the captions file of its name; a table cell links.
    @Test func recordingsBecomePlayers() throws {
        let result = try VaultTestSite.build([
            ("networking/vpc.md", "![[Lecture 1.mp3]]\n\n![[clip.mp4|The demo]]\n\n| a |\n|---|\n| ![[Lecture 1.mp3]] |\n"),
        ], images: ["attachments/Lecture 1.mp3": [1], "attachments/clip.mp4": [2], "attachments/clip.vtt": [3]])
        #expect(result.messages == [])
        let html = result.html("networking/vpc")
        #expect(html.contains("<p><audio controls preload=\"none\" src=\"../attachments/Lecture%201.mp3\" title=\"Lecture 1\">"
            + "<a href=\"../attachments/Lecture%201.mp3\">Lecture 1</a></audio></p>"), "\(html)")
        #expect(html.contains("<p><video controls preload=\"none\" src=\"../attachments/clip.mp4\" title=\"The demo\">"
            + "<track kind=\"captions\" src=\"../attachments/clip.vtt\" default><a href=\"../attachments/clip.mp4\">The demo</a></video></p>"), "\(html)")
        #expect(html.contains("<td data-label=\"a\"><a href=\"../attachments/Lecture%201.mp3\">Lecture 1</a></td>"), "\(html)")
    }
}
