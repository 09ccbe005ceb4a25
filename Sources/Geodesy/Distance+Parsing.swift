extension Distance {
    /// Parses a distance as reports write it: "162 km", "100 miles", "1,100 kilometres",
    /// "25 mi", "3.5km", "12 nautical miles".
    ///
    /// Commas are taken as thousands separators only where they separate groups of three
    /// digits ("1,100"); anything else is rejected rather than guessed.
    ///
    /// - Throws: ``GeodesyError/malformedDistance(_:)``.
    public init(parsing text: String) throws(GeodesyError) {
        let trimmed = text.trimmingWhitespace()
        guard let unitStart = trimmed.firstIndex(where: { $0.isLetter }) else {
            throw .malformedDistance(text)
        }
        let numberText = trimmed[..<unitStart].trimmingWhitespace()
        let unitText = String(trimmed[unitStart...])
        guard let unit = DistanceUnit(word: unitText),
              let value = Self.parseNumber(numberText), value.isFinite, value >= 0 else {
            throw .malformedDistance(text)
        }
        self.init(value, unit)
    }

    /// Reads "1,100", "1100", "140.5" or "1,100.5"; nil for anything else.
    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            return nil
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integer = parts.first, !integer.isEmpty else { return nil }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
        }
        if parts.count == 2, parts[1].isEmpty || parts[1].contains(",") { return nil }
        return Double(text.replacingAll(",", with: ""))
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
