extension BuildState {
    /// What the content step leaves for the steps after it (`build` and `serve` alike).
    mutating func take(_ content: LoadedContent, options: BuildOptions) {
        site = content.site
        site.cacheDirectory = options.cacheDirectory
        markdown = content.markdown
        files = content.files
    }
}
