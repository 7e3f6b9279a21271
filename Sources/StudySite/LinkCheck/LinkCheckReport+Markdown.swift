extension LinkCheckReport {
    /// A table fit for a pull-request comment.
    func markdownReport() -> String {
        var lines: [String] = []
        let heading = hasBroken ? "❌ \(brokenCount) broken link\(brokenCount == 1 ? "" : "s")" : "✅ No broken links"
        lines.append("### Link check: \(heading)")
        lines.append("")
        if !problems.isEmpty {
            lines.append("| Page | Line | URL | Problem |")
            lines.append("| --- | ---: | --- | --- |")
            for result in problems {
                let marker = result.status.isBroken ? "error" : "warning"
                let cells = [
                    "`\(Self.cell(result.link.origin?.path ?? result.link.page))`", "\(result.link.reportedLocation.line)",
                    Self.cell(result.link.url), "\(marker): \(Self.cell(result.status.message))",
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pipes end a cell and newlines end a row; backticks would open code spans.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "`", with: "'")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
