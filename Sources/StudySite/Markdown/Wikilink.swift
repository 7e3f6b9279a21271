/// An Obsidian link as written in a note's text: `[[Note]]`, `[[Note#Heading|shown text]]`,
/// `[[#Heading]]`, or an embed `![[Note#Heading]]`, `![[image.png|300]]`.
struct Wikilink: Equatable {
    /// `![[…]]`: the note, section or image is shown in place, not linked.
    var isEmbed: Bool
    /// The note or file named, `""` for a heading of the same note.
    var target: String
    /// The heading after `#` (the last one of `Note#Part#Heading`), nil without one.
    var heading: String?
    /// The text after `|`: shown instead of the name, or an image's width.
    var alias: String?
    /// Exactly as written, `![[` … `]]` included.
    var written: String
    /// Where it is in the text it was found in, in UTF-8 bytes.
    var range: Range<Int>

    /// Every wikilink in `text`, in order. Brackets, line breaks and an empty name end the
    /// search for a `]]` (Obsidian does not link those either).
    static func scan(_ text: String) -> [Wikilink] {
        let bytes = Array(text.utf8)
        var links: [Wikilink] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, ![UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\n")].contains(bytes[end]) { end += 1 }
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "]"), bytes[end + 1] == UInt8(ascii: "]"),
                let link = Wikilink(inner: String(decoding: bytes[(index + 2)..<end], as: UTF8.self))
            else {
                index = end
                continue
            }
            let isEmbed = index > 0 && bytes[index - 1] == UInt8(ascii: "!")
            let start = isEmbed ? index - 1 : index
            var found = link
            found.isEmbed = isEmbed
            found.range = start..<(end + 2)
            found.written = String(decoding: bytes[start..<(end + 2)], as: UTF8.self)
            links.append(found)
            index = end + 2
        }
        return links
    }

    /// `Note#Heading|text` → its parts; nil when it names nothing.
    init?(inner: String) {
        var name = Substring(inner)
        alias = nil
        if let bar = name.firstIndex(of: "|") {
            alias = String(name[name.index(after: bar)...]).trimmingCharacters(in: .whitespaces)
            name = name[..<bar]
        }
        heading = nil
        if let hash = name.firstIndex(of: "#") {
            let part = name[name.index(after: hash)...].split(separator: "#").last.map(String.init) ?? ""
            heading = part.trimmingCharacters(in: .whitespaces)
            name = name[..<hash]
        }
        target = String(name).trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty || !(heading ?? "").isEmpty else { return nil }
        isEmbed = false
        written = "[[" + inner + "]]"
        range = 0..<0
    }

    /// What a link shows without `|text`: `Note`, `Note > Heading`, or `Heading` in the same note.
    var shownText: String {
        if let alias, !alias.isEmpty { return alias }
        guard let heading, !heading.isEmpty else { return target }
        return target.isEmpty ? heading : target + " > " + heading
    }

    /// An image embed names a file with an image's extension.
    var isImage: Bool { Wikilink.imageExtensions.contains(fileExtension) }

    /// An audio or video embed shows a player, as Obsidian does.
    var media: MediaKind? {
        if Wikilink.audioExtensions.contains(fileExtension) { return .audio }
        return Wikilink.videoExtensions.contains(fileExtension) ? .video : nil
    }

    enum MediaKind: String {
        case audio, video
    }

    private var fileExtension: String {
        guard let dot = target.lastIndex(of: ".") else { return "" }
        return target[target.index(after: dot)...].lowercased()
    }

    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]
    static let audioExtensions: Set<String> = ["mp3", "m4a", "ogg", "oga", "wav", "flac"]
    static let videoExtensions: Set<String> = ["mp4", "m4v", "webm", "ogv"]
}
