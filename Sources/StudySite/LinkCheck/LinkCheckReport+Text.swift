extension LinkCheckReport {
    /// Problems grouped by page, each with its line, URL and verdict, then the summary line.
    func textReport() -> String {
        var lines: [String] = []
        var currentPage: String?
        for result in problems {
            if result.link.location.path != currentPage {
                currentPage = result.link.location.path
                lines.append(result.link.location.path)
            }
            let severity = result.status.isBroken ? "error" : "warning"
            lines.append("  \(result.link.location.line): \(severity): \(result.link.url): \(result.status.message)")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
