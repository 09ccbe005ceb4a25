extension Coordinate {
    /// Parses a coordinate written as "lat,lon", with optional spaces ("34.73, 36.71").
    ///
    /// Hemisphere letters and degree signs are accepted as well: "34.73N, 36.71E",
    /// "33.5° S 70.6° W".
    ///
    /// - Throws: ``GeodesyError`` naming the part that was wrong.
    public init(parsing text: String) throws(GeodesyError) {
        let trimmed = text.trimmingWhitespace()
        var parts = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if parts.count == 1, let hemisphere = trimmed.firstIndex(where: { "NSns".contains($0) }) {
            // "33.5S 70.6W", "33.5° S 70.6° W": the latitude ends with its hemisphere letter.
            let split = trimmed.index(after: hemisphere)
            parts = [String(trimmed[..<split]), String(trimmed[split...])].map { $0.trimmingWhitespace() }
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .malformedCoordinate(text)
        }
        let latitude = try Self.parseAngle(parts[0], positive: "N", negative: "S", whole: text)
        let longitude = try Self.parseAngle(parts[1], positive: "E", negative: "W", whole: text)
        try self.init(validatingLatitude: latitude, longitude: longitude)
    }

    private static func parseAngle(
        _ part: String, positive: Character, negative: Character, whole: String
    ) throws(GeodesyError) -> Double {
        var body = Substring(part.uppercased())
        var sign = 1.0
        if let last = body.last, last == positive || last == negative {
            sign = last == negative ? -1 : 1
            body = body.dropLast()
        }
        body = Substring(body.trimmingWhitespace())
        if body.hasSuffix("°") { body = body.dropLast() }
        body = Substring(body.trimmingWhitespace())
        // Decimal digits only: Double("0x10") would read hexadecimal as 16.
        guard body.allSatisfy({ "0123456789.+-E".contains($0) }), let value = Double(body), value.isFinite else {
            throw .notANumber(part)
        }
        if sign < 0 && value < 0 { throw .malformedCoordinate(whole) }
        return sign * value
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
