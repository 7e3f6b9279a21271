import Foundation
import Testing

@testable import StudySite

/// Helpers shared by the reference-table tests: blocks as the Markdown stage records
/// them, a content directory as values, and table cells read back.
enum ReferenceTableTestSupport {
    /// A block whose fence is on `line` of `content/note.md`; its body starts on `line + 1`.
    static func block(_ name: String, _ body: String, line: Int = 10) -> GeneratorBlock {
        GeneratorBlock(name: name, body: body, location: SourceLocation(path: "content/note.md", line: line, column: 1))
    }

    /// The prices of the issue, as the data file states them.
    static let pricingData = """
        label: "Example prices — check the source before you rely on them"
        region: us-east-1
        operating_system: Linux
        currency: USD
        retrieved: 2026-11-25
        source: https://aws.amazon.com/ec2/pricing/on-demand/
        hours_per_month: 730
        instances:
          - {type: t3.micro,  vcpu: 2, memory_gib: 1,  hourly: "0.0104"}
          - {type: t3.small,  vcpu: 2, memory_gib: 2,  hourly: "0.0208"}
          - {type: t3.medium, vcpu: 2, memory_gib: 4,  hourly: "0.0416"}
          - {type: m5.large,  vcpu: 2, memory_gib: 8,  hourly: "0.096"}
          - {type: c5.large,  vcpu: 2, memory_gib: 4,  hourly: "0.085"}
          - {type: r5.large,  vcpu: 2, memory_gib: 16, hourly: "0.126"}
        discounts:
          label: "Illustrative discounts, not quotes"
          reserved_1yr: 40
          reserved_3yr: 60
          spot: 70
        models:
          - name: "On-Demand"
            commitment: "None"
            billing: "Per second while running"
            discount: "None (the baseline)"
            interruptible: "No"
            charged_while_stopped: "No"
            best_for: "Unpredictable workloads"
          - name: "Spot"
            commitment: "None"
            billing: "Per second while running"
            discount: "Up to 90 %"
            interruptible: "Yes, with a 2-minute warning"
            charged_while_stopped: "No"
            best_for: "Fault-tolerant <workloads> & more"

        """

    /// Every row of every `<tbody>` in `html`, as cell texts (tags inside cells removed).
    static func rows(_ html: String) -> [[String]] {
        var rows: [[String]] = []
        for body in html.components(separatedBy: "<tbody>").dropFirst() {
            let inside = body.components(separatedBy: "</tbody>")[0]
            for row in inside.components(separatedBy: "<tr>").dropFirst() {
                rows.append(cells(row))
            }
        }
        return rows
    }

    /// The rows of a block's tables side by side, as one table: a generator that splits a
    /// wide table into several (one per row key, the key repeated first) reads back whole.
    static func joinedRows(_ html: String) -> [[String]] {
        let tables = html.components(separatedBy: "<table").dropFirst().map { rows("<table" + $0) }
        guard var joined = tables.first else { return [] }
        for table in tables.dropFirst() where table.count == joined.count {
            for (index, row) in table.enumerated() { joined[index] += row.dropFirst() }
        }
        return joined
    }

    /// Column headings of every `<thead>`.
    static func headings(_ html: String) -> [[String]] {
        html.components(separatedBy: "<thead>").dropFirst().map { cells($0.components(separatedBy: "</thead>")[0]) }
    }

    private static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var rest = Substring(row)
        while let open = rest.range(of: "<t[hd][^>]*>", options: .regularExpression),
            let close = rest.range(of: "</t[hd]>", options: .regularExpression, range: open.upperBound..<rest.endIndex)
        {
            let markup = rest[open.upperBound..<close.lowerBound]
            cells.append(markup.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression))
            rest = rest[close.upperBound...]
        }
        return cells
    }

    /// The paragraphs under the tables, tags removed.
    static func notes(_ html: String) -> [String] {
        html.components(separatedBy: "\n").filter { $0.hasPrefix("<p") }.map {
            $0.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        }
    }

    /// The single diagnostic a failing generator threw, as `path:line: error: message`.
    static func failure(_ body: () throws(BuildFailure) -> String) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}

/// A content directory as Content would have read it: its path and its pricing data file, if any.
struct ReferenceTableContent {
    var pricingData: String? = ReferenceTableTestSupport.pricingData

    /// The path as messages show it.
    let path = "content"

    var dataFiles: [String: TextFile] {
        guard let pricingData else { return [:] }
        return [EC2PricingFile.relativePath: TextFile(path: path + "/" + EC2PricingFile.relativePath, text: pricingData)]
    }

    func context(log: DiagnosticLog = DiagnosticLog(), today: String = "2026-11-25") -> GeneratorContext {
        GeneratorContext(contentDirectory: path, dataFiles: dataFiles, log: log, today: CalendarDay(parsing: today)!)
    }
}
