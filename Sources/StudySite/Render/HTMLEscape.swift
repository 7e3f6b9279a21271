/// Escaping for HTML we write ourselves (generated tables, term links, headings).
public enum HTMLEscape {
    /// Escapes `& < > "` and `'`, safe in text and in quoted attributes.
    public static func text(_ string: String) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for character in string {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    public static func attribute(_ string: String) -> String { text(string) }
}
