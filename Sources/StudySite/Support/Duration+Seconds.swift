extension Duration {
    /// The duration in seconds, as `--timings`, reports and time limits use it.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
