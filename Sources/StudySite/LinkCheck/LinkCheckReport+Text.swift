extension LinkCheckReport {
    /// Problems grouped by the file that wrote them (the note, else the page), each with its
    /// line (and column), URL and verdict, then the summary line.
    func textReport() -> String {
        var lines: [String] = []
        var currentPage: String?
        let ordered = problems.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element.link.reportedLocation, rhs.element.link.reportedLocation)
            return l.path != r.path ? l.path < r.path : (l.line, l.column, lhs.offset) < (r.line, r.column, rhs.offset)
        }.map(\.element)
        for result in ordered {
            let location = result.link.reportedLocation
            if location.path != currentPage {
                currentPage = location.path
                lines.append(location.path)
            }
            let severity = result.status.isBroken ? "error" : "warning"
            let position = location.column > 0 ? "\(location.line):\(location.column)" : "\(location.line)"
            lines.append("  \(position): \(severity): \(result.link.url): \(result.status.message)\(result.htmlSuffix)")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
