extension GeneratorContext {
    /// The EC2 pricing data for a block that reads it; when the file could not be loaded,
    /// each such block fails with one line pointing at the block (the file's own problems
    /// were reported at the file).
    func ec2Pricing(for block: GeneratorBlock) throws(BuildFailure) -> EC2PricingData {
        guard case .success(let data) = ec2Pricing else {
            throw BuildFailure(.error("\(block.name): needs \(ec2PricingPath), which could not be loaded (see its errors)", at: block.location))
        }
        return data
    }
}
