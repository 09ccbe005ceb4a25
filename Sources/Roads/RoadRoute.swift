import Geodesy

/// A route along roads between waypoints, as a routing engine found it.
public struct RoadRoute: Sendable {
    /// Where a requested point joined the road network.
    public struct Snap: Sendable, Hashable {
        /// The point as given.
        public let requested: Coordinate
        /// The nearest point on a road the profile may use, where the route starts, passes or ends.
        public let snapped: Coordinate
        /// The geodesic distance between the two.
        public var distance: Distance { Geodesic.wgs84.inverse(from: requested, to: snapped).distance }
    }

    /// The length along the roads, from the first snapped point to the last.
    public let length: Distance
    /// The path along the roads, first snapped point to last, as the engine returns it.
    public let path: [Coordinate]
    /// One snap per waypoint, in order.
    public let snaps: [Snap]
    /// The engine's estimate of the driving time at its profile's speeds, in seconds.
    public let duration: Double?
    /// Which database and engine measured it: "OpenStreetMap extract 'helsinki' (Routino, motorcar, shortest)".
    public let source: String

    /// A route as an engine measured it.
    public init(length: Distance, path: [Coordinate], snaps: [Snap], duration: Double?, source: String) {
        self.length = length
        self.path = path
        self.snaps = snaps
        self.duration = duration
        self.source = source
    }
}
