extension GeneratorContext {
    /// The EC2 pricing data, loaded once per build however many blocks read it.
    /// The file's own problems and its age warning are reported once, at the file;
    /// each block that needs it then fails with one line pointing at the block.
    func ec2Pricing(for block: GeneratorBlock) throws(BuildFailure) -> EC2PricingData {
        switch ec2PricingCache.value(loadEC2Pricing) {
        case .success(let data):
            return data
        case .failure:
            let path = EC2PricingFile.displayPath(contentDirectory: contentDirectory)
            throw BuildFailure(.error("\(block.name): needs \(path), which could not be loaded (see its errors)", at: block.location))
        }
    }

    private func loadEC2Pricing() -> Result<EC2PricingData, BuildFailure> {
        let data: EC2PricingData
        do {
            data = try EC2PricingFile.load(contentDirectory: contentDirectory)
        } catch {
            log.report(error.diagnostics)
            return .failure(error)
        }
        if let warning = data.ageWarning(today: today) { log.report(warning) }
        return .success(data)
    }
}
