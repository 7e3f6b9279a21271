/// YAML written by the build itself (a site.yml made for notes that came without one).
enum YAMLText {
    /// A YAML double-quoted scalar holding `text` on one line.
    static func quoted(_ text: String) -> String {
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case _ where scalar.value < 0x20: return " "
            default: return String(scalar)
            }
        }
        return "\"" + escaped.joined() + "\""
    }
}
