import Geodesy

/// The area a road database covers: a latitude/longitude box (west may exceed east across 180°
/// only in principle; OSM extracts rarely do).
public struct BoundingBox: Codable, Hashable, Sendable {
    /// The southern and northern edges (latitude) and the western and eastern edges (longitude), in degrees.
    public var south: Double
    public var west: Double
    public var north: Double
    public var east: Double

    /// A box from its edges, in degrees.
    public init(south: Double, west: Double, north: Double, east: Double) {
        self.south = south
        self.west = west
        self.north = north
        self.east = east
    }

    /// Whether the box holds the point (edges included).
    public func contains(_ point: Coordinate) -> Bool {
        guard point.latitude >= south, point.latitude <= north else { return false }
        if west <= east { return point.longitude >= west && point.longitude <= east }
        return point.longitude >= west || point.longitude <= east
    }

    /// The box's width and height at its middle, on the WGS84 ellipsoid.
    public var size: (width: Distance, height: Distance) {
        let middle = (south + north) / 2
        let width = Geodesic.wgs84.inverse(from: Coordinate(latitude: middle, longitude: west),
                                           to: Coordinate(latitude: middle, longitude: east)).distance
        let height = Geodesic.wgs84.inverse(from: Coordinate(latitude: south, longitude: west),
                                            to: Coordinate(latitude: north, longitude: west)).distance
        return (width, height)
    }
}
