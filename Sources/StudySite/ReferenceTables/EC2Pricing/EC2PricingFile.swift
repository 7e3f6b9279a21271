import Foundation

/// Reads and checks `content/data/ec2-pricing.yml`, pointing every problem at its line.
enum EC2PricingFile {
    static let relativePath = "data/ec2-pricing.yml"
    static let defaultHoursPerMonth = 730

    static func displayPath(contentDirectory: String) -> String {
        (contentDirectory as NSString).appendingPathComponent(relativePath)
    }

    /// The data in `file` (as Content read it), or an error at the path where it belongs when the site has none.
    static func load(_ file: TextFile?, contentDirectory: String, log: DiagnosticLog) throws(BuildFailure) -> EC2PricingData {
        guard let file else {
            throw BuildFailure(.error(
                "data file not found: the ec2-pricing, ec2-pricing-models and billing-example blocks read it",
                at: SourceLocation(path: displayPath(contentDirectory: contentDirectory))))
        }
        return try parse(file.text, path: file.path, log: log)
    }

    static let keys = ["currency", "discounts", "hours_per_month", "instances", "label", "minimum_billed_seconds", "models", "operating_system", "region", "retrieved", "source"]

    static func parse(_ text: String, path: String, log: DiagnosticLog = DiagnosticLog()) throws(BuildFailure) -> EC2PricingData {
        guard let root = try YAMLValue.parse(text, path: path) else {
            throw BuildFailure(.error("the EC2 pricing data file is empty", at: SourceLocation(path: path, line: 1)))
        }
        var fields = Fields(path: path, what: "the EC2 pricing data", at: root.location, log: log)
        try fields.read(root, known: keys)
        var problems: [Diagnostic] = []
        func attempt<T>(_ body: () throws(BuildFailure) -> T) -> T? {
            do { return try body() } catch {
                problems += error.diagnostics
                return nil
            }
        }
        let label = attempt { () throws(BuildFailure) in try fields.text("label") }
        let region = attempt { () throws(BuildFailure) in try fields.text("region") }
        let system = attempt { () throws(BuildFailure) in try fields.text("operating_system") }
        let currency = attempt { () throws(BuildFailure) in try fields.currency("currency") }
        let retrieved = attempt { () throws(BuildFailure) in try fields.day("retrieved") }
        let source = attempt { () throws(BuildFailure) in try fields.url("source") }
        let hours = attempt { () throws(BuildFailure) in try fields.positiveInt("hours_per_month", default: defaultHoursPerMonth) }
        let minimum = attempt { () throws(BuildFailure) in try fields.positiveInt("minimum_billed_seconds", default: 0) }
        let instances = attempt { () throws(BuildFailure) in try fields.list("instances") { item throws(BuildFailure) in try instance(item, log: log) } }
        let discounts = attempt { () throws(BuildFailure) in try fields.nested("discounts") { item throws(BuildFailure) in try discountsValue(item, log: log) } }
        let models = attempt { () throws(BuildFailure) in try fields.list("models") { item throws(BuildFailure) in try model(item, log: log) } }
        if let instances {
            var seen: Set<String> = []
            for (instance, location) in instances where !seen.insert(instance.type).inserted {
                problems.append(.error("instance type `\(instance.type)` is listed twice", at: location))
            }
        }
        guard problems.isEmpty, let label, let region, let system, let currency, let retrieved, let source,
            let hours, let minimum, let instances, let discounts, let models
        else { throw BuildFailure(problems) }
        return EC2PricingData(
            path: path, label: label, region: region, operatingSystem: system, currency: currency,
            retrieved: retrieved.day, retrievedLocation: retrieved.location, source: source, hoursPerMonth: hours, minimumBilledSeconds: minimum,
            instances: instances.map(\.0), discounts: discounts, models: models.map(\.0))
    }

    private static func instance(_ item: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> EC2PricingData.Instance {
        var fields = Fields(path: item.location.path, what: "each instance", at: item.location, log: log)
        try fields.read(item, known: ["hourly", "memory_gib", "type", "vcpu"])
        return EC2PricingData.Instance(
            type: try fields.text("type"), vcpu: try fields.positiveInt("vcpu"),
            memoryGiB: try fields.decimal("memory_gib"), hourly: try fields.decimal("hourly"))
    }

    private static func discountsValue(_ item: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> EC2PricingData.Discounts {
        var fields = Fields(path: item.location.path, what: "discounts", at: item.location, log: log)
        try fields.read(item, known: ["label", "reserved_1yr", "reserved_3yr", "spot"])
        return EC2PricingData.Discounts(
            label: try fields.text("label"), reserved1Year: try fields.percent("reserved_1yr"),
            reserved3Year: try fields.percent("reserved_3yr"), spot: try fields.percent("spot"))
    }

    private static func model(_ item: YAMLValue, log: DiagnosticLog) throws(BuildFailure) -> EC2PricingData.Model {
        var fields = Fields(path: item.location.path, what: "each model", at: item.location, log: log)
        try fields.read(item, known: ["best_for", "billing", "charged_while_stopped", "commitment", "discount", "interruptible", "name"])
        return EC2PricingData.Model(
            name: try fields.text("name"), commitment: try fields.text("commitment"), billing: try fields.text("billing"),
            discount: try fields.text("discount"), interruptible: try fields.text("interruptible"),
            chargedWhileStopped: try fields.text("charged_while_stopped"), bestFor: try fields.text("best_for"))
    }
}

/// The keys of one YAML mapping in the data file, read with checks and line numbers.
private struct Fields {
    let path: String
    /// Names the mapping in messages: "each instance: missing `hourly`".
    let what: String
    let location: SourceLocation
    let log: DiagnosticLog
    private var values: [String: YAMLValue] = [:]

    init(path: String, what: String, at location: SourceLocation, log: DiagnosticLog) {
        self.path = path
        self.what = what
        self.location = location
        self.log = log
    }

    mutating func read(_ value: YAMLValue, known: [String]) throws(BuildFailure) {
        var problems: [Diagnostic] = []
        for (key, item) in try value.mapping(what) {
            if !known.contains(key) {
                log.report(.unknownKey(key, in: what, known: known, at: item.location))
            } else if values[key] != nil {
                problems.append(.error("\(what): `\(key)` is given twice", at: item.location))
            } else {
                values[key] = item
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }

    private func value(_ key: String) throws(BuildFailure) -> YAMLValue {
        guard let value = values[key] else { throw BuildFailure(.error("\(what): missing `\(key)`", at: location)) }
        return value
    }

    func text(_ key: String) throws(BuildFailure) -> String {
        let value = try value(key)
        let text = try value.string(key)
        guard !text.isEmpty else { throw BuildFailure(.error("\(key) must not be empty", at: value.location)) }
        return text
    }

    func positiveInt(_ key: String, default defaultValue: Int? = nil) throws(BuildFailure) -> Int {
        if let defaultValue, values[key] == nil { return defaultValue }
        let value = try value(key)
        let number = try value.int(key)
        guard number > 0 else { throw BuildFailure(.error("\(key) must be more than 0, found \(number)", at: value.location)) }
        return number
    }

    /// An exact decimal more than 0, read from the YAML text so `0.0104` stays 0.0104.
    func decimal(_ key: String) throws(BuildFailure) -> Decimal {
        let value = try value(key)
        let text = try value.string(key)
        try Money.checkPrecision(text, key: key, at: value.location)
        guard let number = Money.parse(text), number > 0 else {
            throw BuildFailure(.error("\(key) must be a decimal number more than 0, such as 0.0104, found \"\(text)\"", at: value.location))
        }
        return number
    }

    func percent(_ key: String) throws(BuildFailure) -> Decimal {
        let value = try value(key)
        let text = try value.string(key)
        try Money.checkPrecision(text, key: key, at: value.location)
        guard let number = Money.parse(text), number <= 100 else {
            throw BuildFailure(.error("\(key) must be a percentage 0–100, found \"\(text)\"", at: value.location))
        }
        return number
    }

    func currency(_ key: String) throws(BuildFailure) -> String {
        let value = try value(key)
        let code = try value.string(key)
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw BuildFailure(.error("\(key) must be a three-letter currency code such as USD, found \"\(code)\"", at: value.location))
        }
        return code
    }

    /// `YYYY-MM-DD`; YAML would read an unquoted date as a timestamp, so the raw text is used.
    func day(_ key: String) throws(BuildFailure) -> (day: CalendarDay, location: SourceLocation) {
        let value = try value(key)
        let text = try value.string(key)
        guard let day = CalendarDay(parsing: text) else {
            throw BuildFailure(.error("\(key) must be a date written YYYY-MM-DD, found \"\(text)\"", at: value.location))
        }
        return (day, value.location)
    }

    func url(_ key: String) throws(BuildFailure) -> String {
        let value = try value(key)
        let text = try value.string(key)
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: \.isWhitespace) else {
            throw BuildFailure(.error("\(key) must be an http(s) URL, found \"\(text)\"", at: value.location))
        }
        return text
    }

    /// A list of mappings; each item's problems are collected, with the item's line.
    func list<T>(_ key: String, _ read: (YAMLValue) throws(BuildFailure) -> T) throws(BuildFailure) -> [(T, SourceLocation)] {
        let value = try value(key)
        let items = try value.sequence(key)
        guard !items.isEmpty else { throw BuildFailure(.error("\(key) must list at least one entry", at: value.location)) }
        var result: [(T, SourceLocation)] = []
        var problems: [Diagnostic] = []
        for item in items {
            do { result.append((try read(item), item.location)) } catch { problems += error.diagnostics }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return result
    }

    func nested<T>(_ key: String, _ read: (YAMLValue) throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        try read(try value(key))
    }
}
