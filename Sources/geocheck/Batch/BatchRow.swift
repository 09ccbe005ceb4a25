import Geodesy
#if canImport(Glibc)
import Glibc
#endif

/// Parsing one CSV row of `geocheck distance --batch` and writing its JSON line.
enum BatchRow {
    /// The JSON lines solved from a run of input lines, and the first bad row if there was one
    /// (the output then holds the rows before it).
    struct Result {
        var output: [UInt8]
        var failure: (line: Int, message: String)?
    }

    static let fieldNames = ["lat1", "lon1", "lat2", "lon2"]
    private static let newline = UInt8(ascii: "\n")
    private static let comma = UInt8(ascii: ",")

    /// Solves every line of `lines` (which ends with a newline); blank lines are skipped.
    static func solveLines(_ lines: UnsafeBufferPointer<UInt8>, linesBefore: Int) -> Result {
        var output = [UInt8]()
        output.reserveCapacity(lines.count * 4)
        var lineNumber = linesBefore
        var start = 0
        var values = [0.0, 0.0, 0.0, 0.0]
        let geodesic = Geodesic.wgs84
        while start < lines.count {
            lineNumber += 1
            var end = start
            while lines[end] != newline { end += 1 }
            let line = UnsafeBufferPointer(rebasing: lines[start..<end])
            start = end + 1
            if isBlank(line) { continue }
            if let message = parse(line, into: &values) {
                return Result(output: output, failure: (lineNumber, message))
            }
            let from = Coordinate(latitude: values[0], longitude: values[1])
            let to = Coordinate(latitude: values[2], longitude: values[3])
            let result = geodesic.inverse(from: from, to: to)
            appendJSON(values, result, to: &output)
        }
        return Result(output: output, failure: nil)
    }

    /// Reads the four numbers of a row into `values`; returns what is wrong with it, or nil.
    static func parse(_ line: UnsafeBufferPointer<UInt8>, into values: inout [Double]) -> String? {
        var fieldStart = 0
        var field = 0
        var index = 0
        while true {
            if index == line.count || line[index] == comma {
                if field == 4 {
                    return "expected 4 fields (lat1,lon1,lat2,lon2), found more"
                }
                let bytes = trimmed(UnsafeBufferPointer(rebasing: line[fieldStart..<index]))
                switch number(bytes) {
                case .none:
                    return bytes.isEmpty ? "\(fieldNames[field]) is empty"
                                         : "\(fieldNames[field]) '\(shown(bytes))' is not a number"
                case .some(let value):
                    let limit = field % 2 == 0 ? 90.0 : 180.0
                    guard value >= -limit, value <= limit else {
                        return "\(fieldNames[field]) \(shown(bytes)) is outside \(Int(-limit))...\(Int(limit))"
                    }
                    values[field] = value
                }
                field += 1
                if index == line.count { break }
                fieldStart = index + 1
            }
            index += 1
        }
        guard field == 4 else {
            return "expected 4 fields (lat1,lon1,lat2,lon2), found \(field)"
        }
        return nil
    }

    /// The longest field text an error message quotes whole.
    static let quotedFieldLength = 40

    /// A field as an error message quotes it: at most ``quotedFieldLength`` characters, then
    /// "… (N bytes)", so that a huge bad field does not flood the terminal.
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.count > quotedFieldLength else { return text }
        return String(text.prefix(quotedFieldLength)) + "… (\(bytes.count) bytes)"
    }

    /// The finite decimal number that is exactly `bytes`, or nil.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = bytes.first else { return nil }
        // strtod accepts more than decimals (hex, "inf", leading spaces): let only these start one.
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return nil }
        // The field is followed by a comma, space or newline in the buffer, none of which can
        // continue a number, so strtod stops at the field's end or before it.
        let start = UnsafeMutableRawPointer(mutating: bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
        var end: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(start, &end)
        guard let end, end == start + bytes.count, value.isFinite else { return nil }
        for byte in bytes where byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") { return nil }
        return value
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0, upper = bytes.count
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Whether a line holds nothing but spaces, tabs and a carriage return.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy(isSpace)
    }

    /// Whether a row is a header: four fields, none of them a number.
    static func isHeader(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let fields = line.split(separator: comma, omittingEmptySubsequences: false)
        guard fields.count == 4 else { return false }
        return fields.allSatisfy { field in
            let bytes = trimmed(UnsafeBufferPointer(rebasing: field))
            return !bytes.isEmpty && number(bytes) == nil && bytes.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
        }
    }

    static func countNewlines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == newline { count += 1 }
        return count
    }

    private static let keys: [[UInt8]] = [
        "{\"lat1\":", ",\"lon1\":", ",\"lat2\":", ",\"lon2\":",
        ",\"distance_m\":", ",\"initial_bearing_deg\":", ",\"final_bearing_deg\":",
    ].map { Array($0.utf8) }

    /// Appends the row's JSON object and a newline. Numbers are written with the shortest
    /// digits that read back as the same Double (full precision).
    private static func appendJSON(_ values: [Double], _ result: GeodesicInverse, to output: inout [UInt8]) {
        let numbers = [values[0], values[1], values[2], values[3],
                       result.distance.metres, result.initialBearing, result.finalBearing]
        for (key, value) in zip(keys, numbers) {
            output.append(contentsOf: key)
            output.append(contentsOf: value.description.utf8)
        }
        output.append(UInt8(ascii: "}"))
        output.append(newline)
    }
}
