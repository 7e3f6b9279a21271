import Testing
@testable import StudySite

/// `> [!kind] Title` quotes (Obsidian's callouts, GitHub's alerts) become asides, folded ones
/// `<details>`; other quotes stay quotes.
@Suite struct CalloutTests {
    @Test func calloutsBecomeAsidesAndFoldedOnesDetails() throws {
        let result = try VaultTestSite.build([("a.md", """
            > [!tip] Use **bold** titles
            > Body line.

            > [!faq]- Folded
            > Hidden.

            > [!FAQ]+
            > Open.

            > [!NOTE]
            > GitHub's alert.

            > [!mystery]
            > Unknown kinds are notes.

            > Plain quote [!note]

            > [!note]Title

            """)])
        #expect(result.messages == [])
        #expect(result.html("a") == """
            <aside class="callout callout-tip">
            <p class="callout-title">
            Use <strong>bold</strong> titles
            </p>
            <div class="callout-body">
            <p>Body line.</p>
            </div>
            </aside>
            <details class="callout callout-question">
            <summary class="callout-title">
            Folded
            </summary>
            <div class="callout-body">
            <p>Hidden.</p>
            </div>
            </details>
            <details open class="callout callout-question">
            <summary class="callout-title">
            Faq
            </summary>
            <div class="callout-body">
            <p>Open.</p>
            </div>
            </details>
            <aside class="callout callout-note">
            <p class="callout-title">
            Note
            </p>
            <div class="callout-body">
            <p>GitHub's alert.</p>
            </div>
            </aside>
            <aside class="callout callout-note">
            <p class="callout-title">
            Mystery
            </p>
            <div class="callout-body">
            <p>Unknown kinds are notes.</p>
            </div>
            </aside>
            <blockquote>
            <p>Plain quote [!note]</p>
            </blockquote>
            <blockquote>
            <p>[!note]Title</p>
            </blockquote>

            """)
    }

    @Test func theMarkerIsReadWithItsFold() {
        let warning = Callout(startOf: "[!warning] Careful")
        #expect(warning?.kind == "warning" && warning?.fold == Callout.Fold.none && warning?.markerLength == 11)
        let caution = Callout(startOf: "[!Caution]-")
        #expect(caution?.written == "Caution" && caution?.kind == "warning" && caution?.fold == .closed && caution?.markerLength == 11)
        #expect(Callout(startOf: "[!tldr]+ x")?.kind == "abstract")
        #expect(Callout(startOf: "[!]") == nil && Callout(startOf: "[!a b]") == nil && Callout(startOf: "[note]") == nil)
    }
}
