extension IncrementalSteps {
    /// The content step, reading again only the notes whose files changed since the last build.
    func runContent(_ state: inout BuildState, _ context: BuildContext) throws(BuildFailure) {
        let previous = sitewide.contentReads.withLock { $0 }
        let content = try ContentLoader.load(contentDirectory: context.options.contentDirectory, log: context.log, reusing: previous)
        if let reads = content.reads { sitewide.contentReads.withLock { $0 = reads } }
        state.take(content, options: context.options)
    }
}
