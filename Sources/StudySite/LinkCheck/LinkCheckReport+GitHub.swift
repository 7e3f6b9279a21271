extension LinkCheckReport {
    /// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
    func githubReport() -> String {
        var lines: [String] = []
        for result in problems {
            let command = result.status.isBroken ? "error" : "warning"
            let location = result.link.reportedLocation
            var properties = "file=\(Self.property(location.path))"
            if location.line > 0 { properties += ",line=\(location.line)" }
            if location.line > 0 && location.column > 0 { properties += ",col=\(location.column)" }
            lines.append("::\(command) \(properties)::\(Self.data("\(result.link.url): \(result.status.message)\(result.htmlSuffix)"))")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escaping of a workflow command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping of a workflow command's property value.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
