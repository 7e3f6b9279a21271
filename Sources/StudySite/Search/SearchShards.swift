import Foundation

/// The index as `.js` files a page loads with `<script>` elements (which work from
/// `file://`, where `fetch` does not), each calling the search script's `StudySiteSearch`:
///
/// - `search/index.js`: the first term of every term file, and how many groups there are;
/// - `search/t/N.js`: a run of terms in sorted order, each with its postings, as one string
///   `term postings term postings…` (neither holds a space, and one string is the smallest form);
/// - `search/d/N.js`: group N's title, URL and results (heading, anchor when the script
///   cannot derive it from the heading, the start of the text: SearchShards+Groups.swift).
///
/// Terms are split into files by size, so a query loads the few files its words fall in.
struct SearchShards {
    static let folder = "search/"
    /// A term file is closed once it is past this size.
    static let termFileBytes = 16_000

    /// Postings as text: numbers in base 32, most significant digit first, each digit a
    /// character of `digits`; the last digit of a number from the first 32, the others from
    /// the second. A posting is its group's distance from the previous posting's group, its
    /// item, and its level (one digit).
    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
        if value < 32 {
            bytes.append(digits[value])
            return
        }
        var shift = 5
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(digits[(value >> shift) & 31 + 32])
            shift -= 5
        }
        bytes.append(digits[value & 31])
    }

    static func encode(_ postings: [SearchRanking.Posting]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 4)
        var group: Int32 = 0
        for posting in postings {
            appendNumber(Int(posting.group - group), to: &bytes)
            appendNumber(Int(posting.item), to: &bytes)
            appendNumber(Int(posting.weight), to: &bytes)
            group = posting.group
        }
        return bytes
    }

    /// Every file, path relative to the site root → bytes.
    static func files(for groups: [SearchGroup]) -> [String: [UInt8]] {
        files(for: groups.concurrentMap(SearchShare.init))
    }

    /// Every file, from each group's share (counted and written on its own): the term files
    /// merge every group's counts; group file N is share N's JSON.
    static func files(for shares: [SearchShare]) -> [String: [UInt8]] {
        files(groupJSON: shares.map(\.json), gathered: SearchRanking.Gathered(shares.map(\.counts)))
    }

    /// `files(for:)` from the shares' parts: each group's JSON, and their counts gathered.
    static func files(groupJSON: [[UInt8]], gathered: SearchRanking.Gathered) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let ranked = SearchRanking.rank(gathered)
        let pieces = ranked.map { piece($0.term, $0.postings) }
        let shards = termFileRanges(pieces.map(\.count))
        for (number, range) in shards.enumerated() {
            files[termFilePath(number)] = termFile(number, pieces[range])
        }
        for (number, json) in groupJSON.enumerated() {
            files[groupFilePath(number)] = groupFile(number, json)
        }
        files[indexPath] = indexFile(firstTerms: shards.map { ranked[$0.lowerBound].term }, groups: groupJSON.count)
        return files
    }
}

/// The files' parts, shared by `build` and `serve` (which keeps them: SearchRankedTerms).
extension SearchShards {
    static let indexPath = folder + "index.js"

    static func termFilePath(_ number: Int) -> String { folder + "t/\(number).js" }
    static func groupFilePath(_ number: Int) -> String { folder + "d/\(number).js" }

    /// A term and its postings as a term file holds them: `term postings`.
    static func piece(_ term: String, _ postings: [SearchRanking.Posting]) -> [UInt8] {
        var bytes: [UInt8] = []
        JavaScriptLiteral.append(term, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes += encode(postings)
        return bytes
    }

    /// The pieces each term file holds, from the pieces' sizes in term order: a file is
    /// closed once it is past `termFileBytes` (pieces are separated by a space).
    static func termFileRanges(_ sizes: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, pieceSize) in sizes.enumerated() {
            size += (index > start ? 1 : 0) + pieceSize
            if size >= termFileBytes {
                ranges.append(start..<index + 1)
                start = index + 1
                size = 0
            }
        }
        if start < sizes.count { ranges.append(start..<sizes.count) }
        return ranges
    }

    static func termFile(_ number: Int, _ pieces: some Collection<[UInt8]>) -> [UInt8] {
        var bytes = Array("StudySiteSearch.terms(\(number),\"".utf8)
        bytes.reserveCapacity(pieces.reduce(bytes.count + 4) { $0 + $1.count + 1 })
        for (index, piece) in pieces.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            bytes += piece
        }
        bytes += "\");\n".utf8
        return bytes
    }

    static func groupFile(_ number: Int, _ json: [UInt8]) -> [UInt8] {
        Array("StudySiteSearch.group(\(number),".utf8) + json + Array(");\n".utf8)
    }

    /// The first term of every term file, and how many groups there are.
    static func indexFile(firstTerms: [String], groups: Int) -> [UInt8] {
        Array("StudySiteSearch.index({\"terms\":\(JavaScriptLiteral.array(firstTerms)),\"groups\":\(groups)});\n".utf8)
    }
}
