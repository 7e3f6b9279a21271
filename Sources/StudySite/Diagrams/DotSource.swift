import Foundation

/// The body of a ` ```dot ` block: the Graphviz source as written, and the caption its first
/// line may give (`// caption: A VPC in two Availability Zones`, or `# caption: …`). The
/// caption line stays in the source dot reads (it is a comment to dot), so dot's line
/// numbers are the block's.
struct DotSource: Sendable, Equatable {
    let text: String
    let caption: String?

    init(_ body: String) {
        text = body
        caption = Self.caption(in: body)
    }

    private static func caption(in body: String) -> String? {
        guard let first = body.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first else { return nil }
        var line = first.drop(while: { $0 == " " || $0 == "\t" })
        if line.hasPrefix("//") {
            line = line.dropFirst(2)
        } else if line.hasPrefix("#") {
            line = line.dropFirst(1)
        } else {
            return nil
        }
        line = line.drop(while: { $0 == " " || $0 == "\t" })
        guard line.lowercased().hasPrefix("caption:") else { return nil }
        let caption = line.dropFirst("caption:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return caption.isEmpty ? nil : caption
    }
}
