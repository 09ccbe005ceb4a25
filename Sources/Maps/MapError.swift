/// What can keep a map from being drawn.
public enum MapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The collection has no feature with coordinates.
    case nothingToDraw
    /// A feature (counted from 1) has a position outside −180…180 longitude or −90…90 latitude.
    case coordinateOutOfRange(feature: Int, longitude: Double, latitude: Double)

    public var description: String {
        switch self {
        case .nothingToDraw:
            return "the collection has no features with coordinates to draw"
        case let .coordinateOutOfRange(feature, longitude, latitude):
            return "feature \(feature) has the position [\(longitude), \(latitude)], outside -180...180 longitude "
                + "and -90...90 latitude; GeoJSON positions are [longitude, latitude] in degrees"
        }
    }
}
