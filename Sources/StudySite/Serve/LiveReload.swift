import Foundation

/// What `serve` adds to every HTML page it sends, and only there: `build` never writes it.
/// A script that reloads the page when a newer build exists, and, after a failed build, an
/// overlay listing the errors above the last good page.
enum LiveReload {
    /// The event stream's path; no site file can be served there.
    static let eventsPath = "/__studysite/events"

    static let script = """
        <script data-studysite-live-reload>(function () {
          var seen = null;
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (event) {
            if (seen !== null && seen !== event.data) { location.reload(); }
            seen = event.data;
          };
        })();</script>
        """

    static func overlay(for errors: [Diagnostic]) -> String {
        let lines = errors.map { HTMLEscape.text($0.description) }.joined(separator: "\n")
        return """
            <div id="studysite-build-errors" role="alert" style="position:fixed;inset:0;z-index:2147483647;\
            overflow:auto;background:rgba(20,20,20,.92);color:#fff;padding:2rem;font:15px/1.5 system-ui,sans-serif">\
            <h2 style="margin-top:0;color:#ffb4b4">Build failed: \(errors.count) error\(errors.count == 1 ? "" : "s")</h2>\
            <p>The page below is the last good build. Fix the source and save; this goes away.</p>\
            <pre style="white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;color:#fff">\(lines)</pre></div>
            """
    }

    /// `html` with the script (and the overlay, when there are errors) before `</body>`.
    static func inject(into html: String, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : overlay(for: errors)) + script
        guard let end = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + addition }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }
}
