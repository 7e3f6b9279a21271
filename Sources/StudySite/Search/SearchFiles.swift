/// The index's files as `serve` keeps them between builds: a term file is written again
/// when a term it holds changed its piece or the files were split at other terms, a group
/// file when its group's JSON changed; the rest keep their bytes (and `files` is updated in
/// place rather than rebuilt: it holds a file per note). Made of the parts
/// `SearchShards.files(groupJSON:gathered:)` writes, so the files are the same.
struct SearchFiles: Sendable {
    private(set) var files: [String: [UInt8]] = [:]
    /// Each term file's terms (numbers in the gathered terms), and each group file's JSON.
    private var termFiles: [[Int32]] = []
    private var groupJSON: [[UInt8]] = []

    mutating func update(groupJSON: [[UInt8]], gathered: SearchRanking.Gathered, ranked: SearchRankedTerms) {
        let order = gathered.order.filter { !ranked.terms[$0].piece.isEmpty }
        let ranges = SearchShards.termFileRanges(order.map { ranked.terms[$0].piece.count })
        var termFiles: [[Int32]] = []
        termFiles.reserveCapacity(ranges.count)
        for (number, range) in ranges.enumerated() {
            let terms = order[range].map(Int32.init)
            let same = number < self.termFiles.count && self.termFiles[number] == terms && !terms.contains { ranked.changed[Int($0)] }
            if !same { files[SearchShards.termFilePath(number)] = SearchShards.termFile(number, terms.lazy.map { ranked.terms[Int($0)].piece }) }
            termFiles.append(terms)
        }
        for number in ranges.count..<max(ranges.count, self.termFiles.count) { files[SearchShards.termFilePath(number)] = nil }
        // A group's JSON kept by the note memo is the same array, which `==` sees at once.
        for (number, json) in groupJSON.enumerated() where number >= self.groupJSON.count || self.groupJSON[number] != json {
            files[SearchShards.groupFilePath(number)] = SearchShards.groupFile(number, json)
        }
        for number in groupJSON.count..<max(groupJSON.count, self.groupJSON.count) { files[SearchShards.groupFilePath(number)] = nil }
        let firstTerms = termFiles.map { gathered.terms.string(Int($0[0])) }
        files[SearchShards.indexPath] = SearchShards.indexFile(firstTerms: firstTerms, groups: groupJSON.count)
        self.termFiles = termFiles
        self.groupJSON = groupJSON
    }
}
