/// A length on the ground, stored in metres.
///
/// ```swift
/// let stated = try Distance(parsing: "162 km")
/// stated.formatted(in: .miles)   // "100.7 mi"
/// ```
public struct Distance: Hashable, Comparable, Sendable, Codable {
    /// The length in metres.
    public var metres: Double

    /// Creates a distance of `metres` metres.
    public init(metres: Double) { self.metres = metres }

    /// Creates a distance of `value` in `unit`.
    public init(_ value: Double, _ unit: DistanceUnit) {
        self.metres = value * unit.metres
    }

    /// The length in kilometres.
    public var kilometres: Double { metres / 1000 }

    /// The length expressed in `unit`.
    public func value(in unit: DistanceUnit) -> Double { metres / unit.metres }

    /// The length as text in `unit`, e.g. "140.5 km".
    ///
    /// - Parameter fractionDigits: Digits after the decimal point; by default one for
    ///   kilometres, miles and nautical miles, none for metres.
    public func formatted(in unit: DistanceUnit = .kilometres, fractionDigits: Int? = nil) -> String {
        let digits = fractionDigits ?? (unit == .metres ? 0 : 1)
        return "\(value(in: unit).formatted(fractionDigits: digits)) \(unit.symbol)"
    }

    public static func < (lhs: Distance, rhs: Distance) -> Bool { lhs.metres < rhs.metres }
    public static func + (lhs: Distance, rhs: Distance) -> Distance { Distance(metres: lhs.metres + rhs.metres) }
    public static func * (lhs: Distance, rhs: Double) -> Distance { Distance(metres: lhs.metres * rhs) }
}
