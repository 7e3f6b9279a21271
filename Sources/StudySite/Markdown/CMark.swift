import CCmarkGFM
import Foundation
import Synchronization

/// The only door to cmark-gfm. Everything else works on `MarkdownNode`,
/// and only inside `CMark.withDocument`.
///
/// cmark-gfm is not thread-safe across parsers: finishing a parse toggles a
/// process-global table of special characters that the inline parser reads. So
/// finishing runs under one process-wide lock. Everything else (feeding the block
/// parser, walking and editing the tree, rendering HTML, freeing) touches only the
/// parser's and the document's own memory and runs outside it, on every core.
/// (Checked on the library's machine code: the only writes to its globals outside
/// extension registration are those two tables, and only `cmark_parser_finish` makes
/// them. CMarkConcurrencyTests fails within seconds when the lock is removed.)
enum CMark {
    private static let lock = Mutex<Void>(())

    struct Options: Sendable {
        /// Let raw HTML through (`CMARK_OPT_UNSAFE`).
        var unsafeHTML = false
    }

    /// A parse result handed from the lock to the one thread that owns it.
    private struct Parsed: @unchecked Sendable {
        let root: OpaquePointer
        let parser: OpaquePointer
    }

    /// Parses `markdown` with the GFM extensions, hands the document to `body`
    /// and frees it afterwards.
    static func withDocument<Result>(
        _ markdown: String, options: Options = Options(),
        _ body: (MarkdownDocument) throws(BuildFailure) -> Result
    ) throws(BuildFailure) -> Result {
        let parsed = parse([markdown], options: options)[0]
        let document = MarkdownDocument(root: parsed.root, parser: parsed.parser, options: options.flags)
        defer { free(parsed, document) }
        return try body(document)
    }

    /// Parses every text of `batch`, finishing them in one turn at the lock, then hands each document to
    /// `body` (outside the lock) and frees it.
    static func withDocuments<Result>(
        _ batch: [String], options: Options = Options(),
        _ body: (Int, MarkdownDocument) -> Result
    ) -> [Result] {
        parse(batch, options: options).enumerated().map { index, parsed in
            let document = MarkdownDocument(root: parsed.root, parser: parsed.parser, options: options.flags)
            defer { free(parsed, document) }
            return body(index, document)
        }
    }

    /// Feeds one parser per text, then finishes them all in one turn at the lock. Only
    /// finishing needs it: that is where cmark-gfm parses inlines, with the extensions'
    /// special characters switched on in its global table and off again afterwards.
    /// Block parsing (`cmark_parser_feed`) touches only the parser's own memory.
    private static func parse(_ texts: [String], options: Options) -> [Parsed] {
        _ = registerExtensions
        var texts = texts
        let parsers = texts.indices.map { index in
            let parser = cmark_parser_new(options.flags)!
            for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            texts[index].withUTF8 { buffer in
                guard !buffer.isEmpty else { return }
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return Feeding(parser: parser)
        }
        return lock.withLock { _ -> [Parsed] in
            parsers.map { Parsed(root: cmark_parser_finish($0.parser)!, parser: $0.parser) }
        }
    }

    /// A fed parser on its way into the lock.
    private struct Feeding: @unchecked Sendable {
        let parser: OpaquePointer
    }

    /// Registers the GFM extensions once, before any parser looks one up (Swift runs a
    /// static initializer exactly once, whichever thread gets there first).
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The parser stays alive until the document is rendered: it lists the extensions
    /// (tagfilter included) that rendering applies.
    private static func free(_ parsed: Parsed, _ document: MarkdownDocument) {
        document.release()
        cmark_parser_free(parsed.parser)
    }
}

extension CMark.Options {
    var flags: Int32 {
        var flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if unsafeHTML { flags |= CMARK_OPT_UNSAFE }
        return flags
    }
}

/// A parsed document. Valid only inside `CMark.withDocument`.
final class MarkdownDocument {
    let root: MarkdownNode
    private let parser: OpaquePointer
    private let options: Int32
    /// Nodes taken out of the tree. Their text is still referenced by moved
    /// children (cmark's inline text points into its block's buffer), so they
    /// are freed only with the document (`CMark+Editing.swift` and `CMark+RawHTML.swift` add to it too).
    var detached: [OpaquePointer] = []

    fileprivate init(root: OpaquePointer, parser: OpaquePointer, options: Int32) {
        self.root = MarkdownNode(root)
        self.parser = parser
        self.options = options
    }

    fileprivate func release() {
        for node in detached { cmark_node_free(node) }
        cmark_node_free(root.pointer)
    }

    /// HTML for the whole document, with the parser's extensions (tagfilter included).
    func renderHTML() -> String {
        render(root) { cmark_render_html($0, options, cmark_parser_get_syntax_extensions(parser)) }
    }

    /// HTML for one node and its children (a table, say), with the parser's extensions.
    func renderHTML(_ node: MarkdownNode) -> String {
        render(node) { cmark_render_html($0, options, cmark_parser_get_syntax_extensions(parser)) }
    }

    /// CommonMark for one node and its children, unwrapped.
    func renderCommonMark(_ node: MarkdownNode) -> String {
        render(node) { cmark_render_commonmark($0, options, 0) }
    }

    /// Plain text for one node and its children, unwrapped.
    func renderPlainText(_ node: MarkdownNode) -> String {
        render(node) { cmark_render_plaintext($0, options, 0) }
    }

    private func render(_ node: MarkdownNode, _ renderer: (OpaquePointer) -> UnsafeMutablePointer<CChar>?) -> String {
        guard let cString = renderer(node.pointer) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    /// Replaces `old` by a block whose HTML is `html` (printed as is, whatever the safe mode).
    func replace(_ old: MarkdownNode, withHTMLBlock html: String) {
        let block = Self.custom(CMARK_NODE_CUSTOM_BLOCK, enter: html)
        cmark_node_replace(old.pointer, block)
        detached.append(old.pointer)
    }

    /// Prints `html` as is where the text node `node` was; `node` stays in the tree, empty.
    /// False, and nothing changed, where the parent takes no such node (a table cell).
    func replaceText(_ node: MarkdownNode, withHTML html: String) -> Bool {
        let inline = Self.custom(CMARK_NODE_CUSTOM_INLINE, enter: html)
        guard cmark_node_insert_before(node.pointer, inline) != 0 else { cmark_node_free(inline); return false }
        node.literal = ""
        return true
    }

    /// Replaces `old` by a block printed as `enter`, then `old`'s children and `trailing` on
    /// the same line (cmark starts a block's `exit` on a new line), then `exit`.
    func replace(_ old: MarkdownNode, withWrapperEnter enter: String, trailing: String, exit: String) {
        let block = Self.custom(CMARK_NODE_CUSTOM_BLOCK, enter: enter, exit: exit)
        while let child = cmark_node_first_child(old.pointer) { cmark_node_append_child(block, child) }
        cmark_node_append_child(block, Self.custom(CMARK_NODE_CUSTOM_INLINE, enter: trailing))
        cmark_node_replace(old.pointer, block)
        detached.append(old.pointer)
    }

    /// A new custom node printed as `enter`, its children, `exit`.
    private static func custom(_ type: cmark_node_type, enter: String, exit: String = "") -> OpaquePointer {
        let node = cmark_node_new(type)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// Runs `body` with `node`, a first child, taken out of the tree, then puts it back.
    func withFirstChildDetached<Result>(_ node: MarkdownNode, _ body: () -> Result) -> Result {
        guard let parent = cmark_node_parent(node.pointer) else { return body() }
        cmark_node_unlink(node.pointer)
        defer { cmark_node_prepend_child(parent, node.pointer) }
        return body()
    }

    /// Merges neighbouring text nodes: cmark starts a new one at `_`, `&`, `[`, `!` …,
    /// which would hide a phrase like `Email & password` from the glossary linker.
    /// Call it before holding any text node.
    func consolidateText() {
        cmark_consolidate_text_nodes(root.pointer)
    }

    /// Joins the soft line breaks and text nodes that follow the text node `node` into it,
    /// keeping the `\n` cmark prints for such a break, so a phrase that wraps onto the next
    /// line of the Markdown (`Availability` / `Zone`) is one run the glossary linker can
    /// see. The HTML is unchanged. Returns the joined text.
    func joinSoftBreaks(after node: MarkdownNode) -> String {
        var text = node.literal
        var joinedAny = false
        while let lineBreak = cmark_node_next(node.pointer), cmark_node_get_type(lineBreak) == CMARK_NODE_SOFTBREAK,
            let following = cmark_node_next(lineBreak), cmark_node_get_type(following) == CMARK_NODE_TEXT
        {
            text += "\n" + MarkdownNode(following).literal
            for joined in [lineBreak, following] {
                cmark_node_unlink(joined)
                detached.append(joined)
            }
            joinedAny = true
        }
        if joinedAny { node.literal = text }
        return text
    }
}

/// A node of a parsed document: a thin, non-owning view of a cmark node.
struct MarkdownNode {
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading,
            thematicBreak, footnoteDefinition
        case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image,
            footnoteReference
        case table, tableRow, tableCell, strikethrough
        case other
    }

    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            // Extension node types are assigned at run time; they name themselves
            // (compared as C strings: this runs for every table cell of every note).
            guard let name = cmark_node_get_type_string(pointer) else { return .other }
            if strcmp(name, "table_cell") == 0 { return .tableCell }
            if strcmp(name, "table_row") == 0 || strcmp(name, "table_header") == 0 { return .tableRow }
            if strcmp(name, "table") == 0 { return .table }
            if strcmp(name, "strikethrough") == 0 { return .strikethrough }
            return .other
        }
    }

    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    /// The fence of a fenced code block (`` ``` `` → 3 and "`"), nil for an indented one.
    var fence: (length: Int, character: UInt8)? {
        var (length, offset, character): (Int32, Int32, CChar) = (0, 0, 0)
        guard cmark_node_get_fenced(pointer, &length, &offset, &character) != 0 else { return nil }
        return (Int(length), UInt8(bitPattern: character))
    }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
}
