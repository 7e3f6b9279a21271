/// The order pages and sections are read in: the sidebar's, and previous/next.
extension ContentLoader {
    /// Sections by `order:`, then name; pages by section, then (at the top) the group of
    /// `sections:` holding them, then `order:`, then slug in natural order (`ch2` before `ch10`).
    /// Returns the indices of `pages` in that order; sorts `sections`.
    static func siteOrder(_ pages: [Page], sections: inout [Section], config: SiteConfig, configPath: String, log: DiagnosticLog) -> [Int] {
        sections.sort { $0.order != $1.order ? $0.order < $1.order : NaturalOrder.less($0.path, $1.path) }
        let sectionRank = Dictionary(uniqueKeysWithValues: sections.enumerated().map { ($1.path, $0) })
        // Sorted by key, then moved once: comparing pages looked their sections up and moved
        // whole pages around, 40 ms at 10,000 pages on one core.
        // Within the root, `sections:` of site.yml orders the groups; `order:` orders each group.
        PageGroups.check(config, pages: pages, configPath: configPath, log: log)
        let groupRank = PageGroups.ranks(config.pageGroups)
        // A folder's `index.md` comes first in it: it is the page its Home or section link opens.
        let keys = pages.map { (sectionRank[$0.section] ?? Int.max, $0.isFolderIndex ? 0 : 1, $0.section.isEmpty ? groupRank[$0.slug] ?? -1 : -1, $0.order) }
        let slugs = pages.map { Array($0.slug.utf8) }  // once, not at each of n log n comparisons
        return pages.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : NaturalOrder.less(slugs[a], slugs[b])
        }
    }
}

/// Names compared as people read them: runs of digits by their value, so `ch2` comes before
/// `ch10` and `module-9` before `module-10`; the rest byte by byte.
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        less(Array(a.utf8), Array(b.utf8))
    }

    static func less(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                let startX = i, startY = j
                while i < x.count && isDigit(x[i]) { i += 1 }
                while j < y.count && isDigit(y[j]) { j += 1 }
                let digitsX = x[startX..<i].drop { $0 == UInt8(ascii: "0") }
                let digitsY = y[startY..<j].drop { $0 == UInt8(ascii: "0") }
                if digitsX.count != digitsY.count { return digitsX.count < digitsY.count }
                if !digitsX.elementsEqual(digitsY) { return digitsX.lexicographicallyPrecedes(digitsY) }
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                i += 1
                j += 1
            }
        }
        if (x.count - i) != (y.count - j) { return (x.count - i) < (y.count - j) }
        return x.lexicographicallyPrecedes(y)  // `ch01` and `ch1`: still one order
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
