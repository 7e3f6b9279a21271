/// What generators may read besides their block: the data files, parsed once for the build
/// before any block runs, so the blocks share a value and need no lock.
struct GeneratorContext: Sendable {
    /// Where `data/ec2-pricing.yml` is or belongs, for messages.
    let ec2PricingPath: String
    /// The parsed pricing data; nil when no block of the site reads it. Its problems and its
    /// age warning are reported once, at the file, when it is parsed.
    let ec2Pricing: Result<EC2PricingData, BuildFailure>?

    /// `today` is the build's date (UTC), for the age check of data files; tests pass a fixed day.
    init(contentDirectory: String, dataFiles: [String: TextFile], log: DiagnosticLog, today: CalendarDay, readsEC2Pricing: Bool = true) {
        ec2PricingPath = EC2PricingFile.displayPath(contentDirectory: contentDirectory)
        guard readsEC2Pricing else {
            ec2Pricing = nil
            return
        }
        do throws(BuildFailure) {
            let data = try EC2PricingFile.load(dataFiles[EC2PricingFile.relativePath], contentDirectory: contentDirectory, log: log)
            if let warning = data.ageWarning(today: today) { log.report(warning) }
            ec2Pricing = .success(data)
        } catch {
            log.report(error.diagnostics)
            ec2Pricing = .failure(error)
        }
    }
}
