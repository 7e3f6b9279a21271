/// An input file as Content read it: the path shown in messages and its text.
struct TextFile: Sendable, Equatable {
    var path: String
    var text: String
}

/// The input files besides notes and `site.yml`, read by Content so later stages get values,
/// not paths: `glossary.yml` and every `data/*.yml`.
struct InputFiles: Sendable {
    var glossary: TextFile?
    /// By path relative to the content directory: `data/ec2-pricing.yml`.
    var data: [String: TextFile] = [:]
}
