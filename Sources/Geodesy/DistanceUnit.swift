/// A unit of length that reports use.
public enum DistanceUnit: String, CaseIterable, Sendable, Codable {
    case metres = "m"
    case kilometres = "km"
    case miles = "mi"
    case nauticalMiles = "nmi"

    /// The unit's length in metres (international mile 1,609.344 m; nautical mile 1,852 m).
    public var metres: Double {
        switch self {
        case .metres: return 1
        case .kilometres: return 1000
        case .miles: return 1609.344
        case .nauticalMiles: return 1852
        }
    }

    /// The short symbol: m, km, mi, nmi.
    public var symbol: String { rawValue }

    /// Finds the unit a word names: "km", "kilometres", "kilometers", "miles", "mi",
    /// "nautical miles", "nm", "m", "metres", "meters" (case does not matter).
    public init?(word: String) {
        let folded = word.lowercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        switch folded {
        case "m", "metre", "metres", "meter", "meters":
            self = .metres
        case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilometrs":
            self = .kilometres
        case "mi", "mile", "miles":
            self = .miles
        case "nmi", "nm", "nauticalmile", "nauticalmiles":
            self = .nauticalMiles
        default:
            return nil
        }
    }
}
