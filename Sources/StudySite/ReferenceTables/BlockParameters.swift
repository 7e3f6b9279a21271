/// The YAML parameters of one generator block, checked against the keys the generator knows
/// and `inline`, which every generator takes (see `RepeatedBlocks`). Every error is prefixed
/// with the block's name and points at the line in the note.
struct BlockParameters {
    let block: GeneratorBlock
    private var values: [String: YAMLValue] = [:]

    /// `inline: true`: the block is shown in full even where an identical one elsewhere is.
    static let inlineKey = "inline"

    /// Parses the body; the body starts on the line after the fence, so YAML line 1
    /// is file line `fence + 1`.
    init(_ block: GeneratorBlock, known: [String]) throws(BuildFailure) {
        self.block = block
        let known = known + [Self.inlineKey]
        let parsed: YAMLValue?
        do {
            parsed = try YAMLValue.parse(block.body, path: block.location.path, lineOffset: block.location.line)
        } catch {
            throw Self.prefixed(error, name: block.name)
        }
        guard let parsed else { return }
        let pairs: [(key: String, value: YAMLValue)]
        do {
            pairs = try parsed.mapping("the parameters")
        } catch {
            throw Self.prefixed(error, name: block.name)
        }
        var problems: [Diagnostic] = []
        for (key, value) in pairs {
            if !known.contains(key) {
                let list = known.isEmpty ? "it takes no parameters" : "known: " + known.sorted().joined(separator: ", ")
                problems.append(.error("\(block.name): unknown parameter `\(key)` (\(list))", at: value.location))
            } else if values[key] != nil {
                problems.append(.error("\(block.name): parameter `\(key)` is given twice", at: value.location))
            } else {
                values[key] = value
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        _ = try bool(Self.inlineKey)
    }

    /// Whether `block` says `inline: true`; false for a body its generator rejected (and reported).
    static func isInline(_ block: GeneratorBlock) -> Bool {
        guard let parsed = try? YAMLValue.parse(block.body, path: block.location.path, lineOffset: block.location.line),
            let value = (try? parsed.mapping("the parameters"))?.first(where: { $0.key == inlineKey })?.value
        else { return false }
        return (try? value.bool(inlineKey)) ?? false
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Where `key` was written, or the fence when it was not.
    func location(of key: String) -> SourceLocation { values[key]?.location ?? block.location }

    func error(_ message: String, at key: String? = nil) -> BuildFailure {
        BuildFailure(.error("\(block.name): \(message)", at: key.map(location(of:)) ?? block.location))
    }

    func int(_ key: String) throws(BuildFailure) -> Int? {
        try read(key) { value throws(BuildFailure) in try value.int(key) }
    }

    func bool(_ key: String) throws(BuildFailure) -> Bool? {
        try read(key) { value throws(BuildFailure) in try value.bool(key) }
    }

    func string(_ key: String) throws(BuildFailure) -> String? {
        try read(key) { value throws(BuildFailure) in try value.string(key) }
    }

    func strings(_ key: String) throws(BuildFailure) -> [String]? {
        try read(key) { value throws(BuildFailure) in try value.strings(key) }
    }

    func requiredString(_ key: String) throws(BuildFailure) -> String {
        guard let text = try string(key) else { throw error("missing parameter `\(key)`") }
        return text
    }

    /// A whole-number prefix 0–32.
    func prefix(_ key: String) throws(BuildFailure) -> Int? {
        guard let prefix = try int(key) else { return nil }
        guard CIDRBlock.prefixRange.contains(prefix) else {
            throw error("\(key): \(CIDRError.prefixOutOfRange(prefix).message)", at: key)
        }
        return prefix
    }

    /// A CIDR block such as `10.0.0.0/16`, with no host bits set.
    func cidr(_ key: String) throws(BuildFailure) -> CIDRBlock? {
        guard let text = try string(key) else { return nil }
        do {
            return try CIDRBlock(parsing: text)
        } catch {
            throw self.error("\(key): \(error.message)", at: key)
        }
    }

    private func read<T>(_ key: String, _ convert: (YAMLValue) throws(BuildFailure) -> T) throws(BuildFailure) -> T? {
        guard let value = values[key] else { return nil }
        do {
            return try convert(value)
        } catch {
            throw Self.prefixed(error, name: block.name)
        }
    }

    private static func prefixed(_ failure: BuildFailure, name: String) -> BuildFailure {
        BuildFailure(failure.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = "\(name): \(diagnostic.message)"
            return diagnostic
        })
    }
}
