/// What raw HTML in a note may keep in `html: safe` mode (see docs/raw-html.md): the elements
/// and attributes GitHub keeps in a README, nothing that runs script, loads a frame or a
/// plug-in, submits a form, restyles the page or changes how the rest of it parses.
enum HTMLAllowlist {
    /// Elements kept, with the attributes each may carry besides `globalAttributes`.
    static let elements: [String: Set<String>] = [
        "a": ["href", "name"],
        "abbr": [], "b": [], "bdi": [], "bdo": [], "br": [], "cite": [], "code": [], "dfn": [], "em": [],
        "i": [], "kbd": [], "mark": [], "rp": [], "rt": [], "ruby": [], "s": [], "samp": [], "small": [],
        "span": ["class"], "strong": [], "sub": [], "sup": [], "u": [], "var": [], "wbr": [],
        "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"], "time": ["datetime"],
        "img": ["src", "alt", "width", "height"],
        "p": ["align"], "div": ["class", "align"], "blockquote": ["cite"], "pre": [], "hr": [],
        "h1": ["align"], "h2": ["align"], "h3": ["align"], "h4": ["align"], "h5": ["align"], "h6": ["align"],
        "ul": [], "ol": ["start", "reversed"], "li": ["value"], "dl": [], "dt": [], "dd": [],
        "details": ["open"], "summary": [], "figure": [], "figcaption": [],
        "table": [], "caption": [], "colgroup": ["span"], "col": ["span"], "thead": [], "tbody": [], "tfoot": [],
        "tr": ["align"], "th": ["colspan", "rowspan", "align"], "td": ["colspan", "rowspan", "align"],
    ]

    /// Attributes any kept element may carry. `id` and `name` stay as written: links to
    /// `page.html#id` must keep working (mdBook books mark old anchors with `<a id="…"></a>`).
    static let globalAttributes: Set<String> = ["id", "title", "lang", "dir"]

    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "wbr", "col"]

    /// Elements removed with everything inside them: their content is script, style, a
    /// document of its own, form state or markup in another namespace, never text to show.
    /// Every other element not kept is unwrapped: its tags go, its content stays (`<font>`).
    static let removedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "noscript", "noembed", "noframes", "xmp", "plaintext", "listing", "template", "textarea", "title",
        "select", "option", "optgroup", "datalist", "svg", "math", "head", "meta", "link", "base",
        "video", "audio", "source", "track", "canvas", "map", "area", "input", "button", "portal",
    ]

    /// Attributes whose value is a URL, by element.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Attributes whose value must be a non-negative integer.
    static let integerAttributes: Set<String> = ["width", "height", "colspan", "rowspan", "start", "value", "span"]

    /// Attributes that are present or absent; written `open=""`.
    static let booleanAttributes: Set<String> = ["open", "reversed"]

    /// URL schemes a link may use; anything else with a scheme (`javascript:`, `vbscript:`,
    /// `data:`, `file:` …) is removed. URLs without one are relative and are kept.
    static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The `data:` images an `<img src>` may carry, as cmark allows in Markdown images.
    static let dataImageTypes = ["image/png", "image/gif", "image/jpeg", "image/webp"]

    /// `align` is obsolete in HTML5: it becomes the `text-align` style cmark gives table cells.
    static let alignments: Set<String> = ["left", "center", "right", "justify"]
}
