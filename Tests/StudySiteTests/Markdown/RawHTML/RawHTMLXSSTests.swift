import Testing
@testable import StudySite

/// Every XSS vector we know of, through the sanitizer as one piece of raw HTML; each asserts
/// the whole serialised output (not the absence of a substring) and what was reported.
@Suite struct RawHTMLXSSTests {
    struct Vector: CustomTestStringConvertible, Sendable {
        var input: String
        var output: String
        /// The kinds the warnings name (`<script>`, `onerror`, `javascript:`), in order.
        var removed: [String] = []
        var testDescription: String { input }
    }

    static func sanitized(_ input: String) -> (html: String, removed: [String]) {
        let result = RawHTMLSanitizer(rewriteURL: { $0 }).sanitize([.raw(input, piece: 0)])
        return (result.html, result.removals.map { removal in
            switch removal.what {
            case .element(let name): "<\(name)>"
            case .attribute(let name, _): name
            case .url(let scheme, _, _): scheme + ":"
            }
        })
    }

    static let scripts: [Vector] = [
        Vector(input: "<script>alert(1)</script>", output: "", removed: ["<script>"]),
        Vector(input: "<SCRIPT SRC=//x.js></SCRIPT>", output: "", removed: ["<script>"]),
        Vector(input: "<<script>alert(1)//<</script>", output: "&lt;", removed: ["<script>"]),
        Vector(input: "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">", output: "<img>&quot;&gt;", removed: ["<script>"]),
        Vector(input: "</p><script>alert(1)</script><p>", output: "<p></p>", removed: ["<script>"]),
        Vector(input: "</body></html><script>alert(1)</script>y", output: "<p>y</p>", removed: ["<script>"]),
        Vector(input: "<![CDATA[<script>alert(1)</script>]]>", output: "&lt;![CDATA[]]&gt;", removed: ["<script>"]),
        Vector(input: "<template><script>alert(1)</script></template>", output: "", removed: ["<template>"]),
        Vector(input: "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", output: "", removed: ["<noscript>"]),
    ]

    static let attributes: [Vector] = [
        Vector(input: "<img src=x onerror=alert(1)>", output: "<img src=\"x\">", removed: ["onerror"]),
        Vector(input: "<img/src=x/onerror=alert(1)>", output: "<img>"),
        Vector(input: "<details open ontoggle=alert(1)><summary>s</summary>d</details>",
            output: "<details open=\"\"><summary>s</summary>d</details>", removed: ["ontoggle"]),
        Vector(input: "<x onclick=alert(1)>y</x>", output: "y", removed: ["<x>"]),
        Vector(input: "<a title='x\" onmouseover=\"alert(1)'>t</a>", output: "<a title=\"x&quot; onmouseover=&quot;alert(1)\">t</a>"),
        Vector(input: "<div style=\"width: expression(alert(1))\">x</div>", output: "<div>x</div>", removed: ["style"]),
        Vector(input: "<span style=\"background:url(javascript:alert(1))\">x</span>", output: "<span>x</span>", removed: ["style"]),
        Vector(input: "<img src=a.png srcset=\"javascript:alert(1) 1x\">", output: "<img src=\"a.png\">", removed: ["srcset"]),
        Vector(input: "<a xlink:href=\"javascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["xlink:href"]),
        Vector(input: "<table background=\"javascript:alert(1)\"><tr><td colspan=2 align=right>c</td></tr></table>",
            output: "<table><tr><td colspan=\"2\" style=\"text-align: right\">c</td></tr></table>", removed: ["background"]),
        Vector(input: "<html><body onload=alert(1)>x</body></html>", output: "x"),
        Vector(input: "<img src=x width=100% height=\"20\">", output: "<img src=\"x\" height=\"20\">", removed: ["width"]),
    ]

    static let urls: [Vector] = [
        Vector(input: "<a href=\"javascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\"JaVaScRiPt:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\"java\nscript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\"&#106;avascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        Vector(input: "<a href=\" \t javascript:alert(1)\">x</a>", output: "<a>x</a>", removed: ["javascript:"]),
        // libxml2 refuses a reference to a control character and ends the value there.
        Vector(input: "<a href=\"&#x01;javascript:alert(1)\">x</a>", output: "<a href=\"\">x</a>"),
        Vector(input: "<a href=\"java&#0;script:alert(1)\">x</a>", output: "<a href=\"java\">x</a>"),
        // HTML5-only entities are left as written by libxml2, and written back escaped: a
        // browser reads `javascript&colon;…` as a relative path, never a scheme.
        Vector(input: "<a href=\"javascript&colon;alert(1)\">x</a>", output: "<a href=\"javascript&amp;colon;alert(1)\">x</a>"),
        Vector(input: "<a href=\"java&Tab;script:alert(1)\">x</a>", output: "<a>x</a>", removed: ["java&tab;script:"]),
        Vector(input: "<a href=\"vbscript:msgbox(1)\">x</a>", output: "<a>x</a>", removed: ["vbscript:"]),
        Vector(input: "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", output: "<a>x</a>", removed: ["data:"]),
        Vector(input: "<a href=\"file:///etc/passwd\">x</a>", output: "<a>x</a>", removed: ["file:"]),
        Vector(input: "<img src=\"data:image/png;base64,iVBOR\">", output: "<img src=\"data:image/png;base64,iVBOR\">"),
        Vector(input: "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", output: "<img>", removed: ["data:"]),
        Vector(input: "<a href=\"  https://example.com/?a=1&amp;b=2  \">x</a>", output: "<a href=\"https://example.com/?a=1&amp;b=2\">x</a>"),
        Vector(input: "<blockquote cite=\"javascript:alert(1)\">q</blockquote>", output: "<blockquote>q</blockquote>", removed: ["javascript:"]),
    ]

    static let elements: [Vector] = [
        Vector(input: "<svg onload=alert(1)><circle r=1></circle></svg>after", output: "after", removed: ["<svg>"]),
        Vector(input: "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>", output: "", removed: ["<svg>"]),
        Vector(input: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", output: "", removed: ["<math>"]),
        Vector(input: "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", output: "", removed: ["<iframe>"]),
        Vector(input: "<object data=\"javascript:alert(1)\">fallback</object>", output: "", removed: ["<object>"]),
        Vector(input: "<embed src=\"javascript:alert(1)\">", output: "", removed: ["<embed>"]),
        Vector(input: "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button><input type=submit>label</form>",
            output: "label", removed: ["<form>", "<button>", "<input>"]),
        Vector(input: "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", output: "", removed: ["<meta>"]),
        Vector(input: "<base href=\"javascript:/\">", output: "", removed: ["<base>"]),
        Vector(input: "<link rel=stylesheet href=x.css>", output: "", removed: ["<link>"]),
        Vector(input: "<style>body{background:url(javascript:alert(1))}</style>", output: "", removed: ["<style>"]),
        Vector(input: "<textarea>abc", output: "", removed: ["<textarea>"]),
        Vector(input: "<div>unclosed", output: "<div>unclosed</div>"),
        Vector(input: "<!-- never closed <script>alert(1)</script>", output: ""),
        Vector(input: "<b><i>nested</b></i>", output: "<b><i>nested</i></b>"),
        Vector(input: "<font color=red>red</font>", output: "red", removed: ["<font>"]),
    ]

    @Test(arguments: scripts + attributes + urls + elements)
    func vectorIsNeutralised(_ vector: Vector) {
        let (html, removed) = Self.sanitized(vector.input)
        #expect(html == vector.output)
        #expect(removed == vector.removed)
    }

    /// A placeholder written by the note itself is text, not trusted HTML: the pieces are
    /// then sanitized one by one, and the trusted HTML stays where it was.
    @Test func aForgedPlaceholderIsText() {
        let forged = "<p>\u{E000}0\u{E001}</p>"
        #expect(Self.sanitized(forged).html == forged)
        let result = RawHTMLSanitizer(rewriteURL: { $0 }).sanitize([.raw("<p>&#xE000;0&#xE001;", piece: 0), .trusted("<em>T</em>"), .raw("</p>", piece: 1)])
        #expect(result.html == "<p>\u{E000}0\u{E001}</p><em>T</em>")
    }
}
