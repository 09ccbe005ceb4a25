import Geodesy

/// Road distances and road-following paths between points: the one face of road routing that
/// the rest of GeoCheck sees. ``RoutinoRouter`` is the implementation over an imported
/// OpenStreetMap extract.
public protocol RoadRouter: Sendable {
    /// The area the router can route in.
    var coverage: BoundingBox { get }

    /// The shortest road route through `waypoints` (at least two), each snapped to the nearest
    /// road a car may use.
    ///
    /// - Throws: ``RoadError/noRoadNear(point:latitude:longitude:)`` when a point is far from any
    ///   road, ``RoadError/noRoute(_:)`` when no road joins the points, ``RoadError/timedOut(seconds:)``.
    func route(through waypoints: [Coordinate]) throws(RoadError) -> RoadRoute
}

extension RoadRouter {
    /// The road distance from `start` to `end`.
    public func distance(from start: Coordinate, to end: Coordinate) throws(RoadError) -> Distance {
        try route(through: [start, end]).length
    }

    /// Whether every point lies in the area the router covers.
    public func covers(_ points: [Coordinate]) -> Bool {
        points.allSatisfy(coverage.contains)
    }
}
