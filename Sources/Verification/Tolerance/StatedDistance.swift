import Foundation
import Geodesy

/// A distance as a text states it, with how precisely: "162 km", "about 160 km", "some 40 km".
public struct StatedDistance: Sendable, Hashable, Codable {
    public var distance: Distance
    /// Half the unit of the number's last significant digit, in the stated unit: 162 → 0.5,
    /// 160 → 5, 1,100 → 50, 2.5 → 0.05; at most 10 % of the number (100 → 10, not 50).
    public var roundingHalfUnit: Distance
    /// Whether the text hedges the number ("about", "some", "nearly", "roughly", "around",
    /// "approximately", "almost", "more than", "less than", "close to", "circa").
    public var isHedged: Bool

    static let hedges = ["approximately", "approx.", "approx", "more than", "less than", "fewer than", "just over",
                         "just under", "close to", "nearly", "roughly", "around", "almost", "about", "some", "over",
                         "under", "circa", "c.", "~"]

    /// Reads "about 160 km", "162 kilometers", "1,100 km", "25 miles".
    public init(parsing text: String) throws(GeodesyError) {
        var body = text.trimmingCharacters(in: .whitespaces)
        var hedged = false
        for hedge in Self.hedges where body.lowercased().hasPrefix(hedge) {
            body = String(body.dropFirst(hedge.count)).trimmingCharacters(in: .whitespaces)
            hedged = true
            break
        }
        let distance = try Distance(parsing: body)
        let number = body.prefix { $0.isNumber || $0 == "," || $0 == "." }.filter { $0 != "," }
        let unit = distance.metres / (Double(String(number)) ?? 1)
        self.distance = distance
        // A round number ("100 km") may be exact or rounded; count its rounding as at most 10 %.
        let halfUnit = Distance(metres: Self.halfUnit(of: String(number)) * (unit.isFinite ? unit : 1))
        roundingHalfUnit = Distance(metres: min(halfUnit.metres, 0.1 * distance.metres))
        isHedged = hedged
    }

    /// Half the place value of the last significant digit of a plain decimal number.
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
        return unit / 2
    }
}
