import Foundation
import Geodesy

/// A distance as a text states it, with how precisely: "162 km", "about 160 km", "some 40 km",
/// "less than 5 km", "30 to 40 km", "forty kilometres".
public struct StatedDistance: Sendable, Hashable, Codable {
    /// The figure (for a range, its middle).
    public var distance: Distance
    /// Half the unit of the number's last significant digit, in the stated unit: 162 → 0.5,
    /// 160 → 5, 1,100 → 50, 2.5 → 0.05; at most 10 % of the number (100 → 10, not 50). For a
    /// range, half its width.
    public var roundingHalfUnit: Distance
    /// Whether the text hedges the number ("about", "some", "nearly", "roughly", "around",
    /// "approximately", "almost", "close to", "circa").
    public var isHedged: Bool
    /// Whether the figure is a bound rather than a distance: "less than 5 km", "more than 100 km".
    public var bound: Bound?

    /// Which side of the figure a bound allows.
    public enum Bound: String, Sendable, Hashable, Codable {
        /// "less than", "under", "within", "up to", "no more than": at most the figure.
        case atMost = "at_most"
        /// "more than", "over", "at least", "beyond": at least the figure.
        case atLeast = "at_least"
    }

    static let hedges = ["approximately", "approx.", "approx", "nearly", "roughly", "around", "almost", "about", "some",
                         "close to", "circa", "c.", "~", "an estimated", "just"]
    static let upperBounds = ["less than", "fewer than", "no more than", "not more than", "up to", "within", "under",
                              "just under", "barely", "only"]
    static let lowerBounds = ["more than", "at least", "over", "just over", "beyond", "upwards of", "no less than"]

    /// Reads "about 160 km", "162 kilometers", "1,100 km", "25 miles", "less than 5 km",
    /// "30 to 40 km", "forty kilometres", "a dozen miles".
    public init(parsing text: String) throws(GeodesyError) {
        var body = text.trimmingCharacters(in: .whitespaces)
        var hedged = false
        var bound: Bound?
        let lower = body.lowercased()
        if let word = Self.upperBounds.first(where: { lower.hasPrefix($0 + " ") }) {
            bound = .atMost
            body = String(body.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        } else if let word = Self.lowerBounds.first(where: { lower.hasPrefix($0 + " ") }) {
            bound = .atLeast
            body = String(body.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        } else if let hedge = Self.hedges.first(where: { lower.hasPrefix($0 + " ") || ($0 == "~" && lower.hasPrefix("~")) }) {
            body = String(body.dropFirst(hedge.count)).trimmingCharacters(in: .whitespaces)
            hedged = true
        }
        // "30 to 40 km", "30-40 km": the middle, with half the width as its imprecision.
        let words = body.split(whereSeparator: { $0 == " " }).map(String.init)
        if words.count >= 4, ["to", "-", "–", "and"].contains(words[1]) {
            let first = try Self.number(words[0]), second = try Self.number(words[2])
            let unit = try Distance(parsing: "1 \(words[3...].joined(separator: " "))").metres
            guard second > first else { throw .malformedDistance(text) }
            distance = Distance(metres: (first + second) / 2 * unit)
            roundingHalfUnit = Distance(metres: (second - first) / 2 * unit)
            isHedged = hedged
            self.bound = bound
            return
        }
        if let value = NumberWords.value(ofPhrase: words) {
            // "forty kilometres", "a dozen miles", "three hundred km": a round figure, as precise as a hedge.
            let unitWords = words.drop { NumberWords.value(of: $0.lowercased()) != nil || $0.lowercased() == "a" }
            let unit = try Distance(parsing: "1 \(unitWords.joined(separator: " "))").metres
            distance = Distance(metres: value * unit)
            roundingHalfUnit = Distance(metres: 0.1 * value * unit)
            isHedged = hedged
            self.bound = bound
            return
        }
        let distance = try Distance(parsing: body)
        let number = body.prefix { $0.isNumber || $0 == "," || $0 == "." }.filter { $0 != "," }
        let unit = distance.metres / (Double(String(number)) ?? 1)
        self.distance = distance
        // A round number ("100 km") may be exact or rounded; count its rounding as at most 10 %.
        let halfUnit = Distance(metres: Self.halfUnit(of: String(number)) * (unit.isFinite ? unit : 1))
        roundingHalfUnit = Distance(metres: min(halfUnit.metres, 0.1 * distance.metres))
        isHedged = hedged
        self.bound = bound
    }

    private static func number(_ word: String) throws(GeodesyError) -> Double {
        if let value = NumberWords.value(of: word.lowercased()) { return value }
        guard let value = Double(word.replacingOccurrences(of: ",", with: "")) else { throw .malformedDistance(word) }
        return value
    }

    /// Half the place value of the last significant digit of a plain decimal number (of five
    /// times it when that digit is a 5 followed by zeros: "650" is ±25).
    static func halfUnit(of number: String) -> Double {
        if let dot = number.firstIndex(of: ".") {
            let decimals = number.distance(from: dot, to: number.endIndex) - 1
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            return unit / 2
        }
        let trailingZeros = number.reversed().prefix { $0 == "0" }.count
        guard trailingZeros < number.count else { return 0.5 }
        var unit = 1.0
        for _ in 0..<trailingZeros { unit *= 10 }
        // "650 km", "1,500 km": a figure ending in 5 and zeros is rounded to the nearest 50 or 500.
        if trailingZeros > 0, number.reversed().dropFirst(trailingZeros).first == "5" { unit *= 5 }
        return unit / 2
    }
}

/// Numbers written as words in distances: "three", "forty", "forty-five", "a dozen", "a hundred".
public enum NumberWords {
    static let units: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "half": 0.5, "thousand": 1000,
    ]

    /// The value of the number words that open `words` ("three hundred", "a dozen", "forty"); nil
    /// when the first word is no number word.
    public static func value(ofPhrase words: [String]) -> Double? {
        var total: Double?
        for word in words.map({ $0.lowercased() }) {
            if word == "a", total == nil { continue }
            guard let value = value(of: word) else { break }
            let current = total ?? 0
            total = (value == 100 || value == 1000) ? max(current, 1) * value : current + value
        }
        return total
    }

    /// The value of one word ("forty", "forty-five", "dozen"); nil for any other word.
    public static func value(of word: String) -> Double? {
        if let value = units[word] { return value }
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count == 2, let tens = units[parts[0]], let ones = units[parts[1]], tens >= 20, tens < 100, ones < 10 else {
            return nil
        }
        return tens + ones
    }
}

extension StatedDistance {
    /// The figure in kilometres: "162 km", and "1.3 km" below 10 km where it has a decimal.
    public var formattedDistance: String {
        let kilometres = distance.kilometres
        let whole = kilometres >= 10 || (kilometres - kilometres.rounded()).magnitude < 0.05
        return distance.formatted(fractionDigits: whole ? 0 : 1)
    }
}
