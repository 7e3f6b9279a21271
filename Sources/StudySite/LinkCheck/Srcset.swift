/// Parses `srcset="a.png 1x, b.png 2x"` the way the HTML standard does:
/// a URL runs to the next whitespace; descriptors run to the next comma.
enum Srcset {
    static func urls(in value: String) -> [String] {
        var urls: [String] = []
        var characters = Substring(value)
        while true {
            characters = characters.drop(while: { $0.isWhitespace || $0 == "," })
            guard !characters.isEmpty else { break }
            var url = characters.prefix(while: { !$0.isWhitespace })
            characters = characters.dropFirst(url.count)
            if url.hasSuffix(",") {
                // `a.png,b.png`: the commas end the candidate, there are no descriptors.
                while url.hasSuffix(",") { url = url.dropLast() }
            } else {
                characters = skipDescriptors(characters)
            }
            if !url.isEmpty { urls.append(String(url)) }
        }
        return urls
    }

    /// Descriptors may contain parenthesised commas; skip to the comma that ends the candidate.
    private static func skipDescriptors(_ text: Substring) -> Substring {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "," where depth == 0: return text[text.index(after: index)...]
            default: break
            }
            index = text.index(after: index)
        }
        return text[text.endIndex...]
    }
}
