/// The 16 points of the compass, as reports name directions.
///
/// ```swift
/// CompassDirection(bearing: 16.45)            // .northNortheast
/// CompassDirection(parsing: "north-east")     // .northeast
/// CompassDirection.north.angle(to: 16.45)     // 16.45
/// ```
public enum CompassDirection: Int, CaseIterable, Sendable, Codable {
    case north, northNortheast, northeast, eastNortheast
    case east, eastSoutheast, southeast, southSoutheast
    case south, southSouthwest, southwest, westSouthwest
    case west, westNorthwest, northwest, northNorthwest

    /// The direction's bearing: 0 for north, 22.5 for north-northeast, and so on.
    public var bearing: Double { Double(rawValue) * 22.5 }

    /// The abbreviation: N, NNE, NE, ….
    public var abbreviation: String { Self.abbreviations[rawValue] }

    /// The name in words, e.g. "north-northeast".
    public var name: String { Self.names[rawValue] }

    /// Whether this is one of north, east, south and west.
    public var isCardinal: Bool { rawValue % 4 == 0 }

    /// Whether this is one of northeast, southeast, southwest and northwest.
    public var isIntercardinal: Bool { rawValue % 4 == 2 }

    /// The nearest of the 16 points to a bearing in degrees (any value; it is normalised first).
    public init(bearing: Double) {
        let index = Int((Bearing.normalized(bearing) / 22.5).rounded(.toNearestOrAwayFromZero)) % 16
        self = CompassDirection(rawValue: index)!
    }

    /// Reads a direction as texts write it: "north", "N", "northeast", "north-east",
    /// "north east", "NNE", "north-northeast", "due north", "northwards".
    ///
    /// Returns nil for anything else, including adjectives such as "northern", which describe
    /// a part of a region rather than a direction from a place.
    public init?(parsing text: String) {
        var folded = text.lowercased().trimmingWhitespace()
        if folded.hasPrefix("due ") { folded.removeFirst(4) }
        folded = folded.filter { $0.isLetter }
        for suffix in ["wards", "ward"] where folded.hasSuffix(suffix) {
            folded.removeLast(suffix.count)
            break
        }
        guard let index = Self.spellings[folded] else { return nil }
        self = CompassDirection(rawValue: index)!
    }

    /// Each point's name in letters only ("northnortheast") and its abbreviation in lower case
    /// ("nne"), to the point's index: worked out once, as the extractor asks for every word.
    private static let spellings: [String: Int] = {
        var spellings: [String: Int] = [:]
        for (index, abbreviation) in abbreviations.enumerated() { spellings[abbreviation.lowercased()] = index }
        // A name wins over an abbreviation spelled the same (none is).
        for (index, name) in names.enumerated() { spellings[name.filter(\.isLetter)] = index }
        return spellings
    }()

    /// The angle between this direction and a bearing, 0...180 degrees.
    public func angle(to bearing: Double) -> Double {
        Bearing.angle(between: self.bearing, and: bearing)
    }

    private static let abbreviations = [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    ]

    private static let names = [
        "north", "north-northeast", "northeast", "east-northeast",
        "east", "east-southeast", "southeast", "south-southeast",
        "south", "south-southwest", "southwest", "west-southwest",
        "west", "west-northwest", "northwest", "north-northwest",
    ]
}

extension CompassDirection: CustomStringConvertible {
    public var description: String { name }
}
