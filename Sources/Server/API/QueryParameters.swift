import Foundation

/// The parameters of a URL query (`a=1&b=two+words`), read as HTML forms write them: `+` is a
/// space, `%XX` a byte of UTF-8. A parameter given twice keeps its first value.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// Reads `query` (the part after `?`, or nil for none).
    init(_ query: String?) throws(APIError) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            if values[key] == nil { values[key] = value }
        }
    }

    private static func decode(_ text: Substring) throws(APIError) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("the query '\(text.prefix(60))' has a bad percent-escape or is not UTF-8")
        }
        return decoded
    }

    /// The value of `name`, or nil when it is absent.
    subscript(_ name: String) -> String? { values[name] }

    /// The value of `name`, which must be present and not blank.
    func required(_ name: String, _ what: String) throws(APIError) -> String {
        guard let value = values[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .badRequest("the parameter '\(name)' (\(what)) is missing or empty")
        }
        return value
    }

    /// The integer value of `name` within `range`, or `defaultValue` when it is absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws(APIError) -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("the parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text.prefix(40))'")
        }
        return value
    }

    /// The number value of `name`, which must be present.
    func number(_ name: String, _ what: String) throws(APIError) -> Double {
        let text = try required(name, what)
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw .badRequest("the parameter '\(name)' (\(what)) must be a number in decimal degrees, not '\(text.prefix(40))'")
        }
        return value
    }
}
