extension MarkdownCompiler {
    /// `<th>` and `<th style=…>` become `<th scope="col"…>`, on bytes (Foundation's
    /// `replacingOccurrences` bridges through NSString, which showed on a large build).
    static func scopingHeaderCells(_ table: String) -> String {
        let bytes = Array(table.utf8)
        let scope = Array(" scope=\"col\"".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            result.append(bytes[index])
            if bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "t"), bytes[index + 2] == UInt8(ascii: "h"),
                bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                result += "th".utf8
                result += scope
                index += 3
                continue
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
