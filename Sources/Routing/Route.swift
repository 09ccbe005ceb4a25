import Gazetteer
import Geodesy

/// A route through stops, each leg the shortest path on the WGS84 ellipsoid, or the shortest
/// road route (``init(stops:router:)``).
public struct Route: Sendable {
    /// One stretch between consecutive stops.
    public struct Leg: Sendable {
        public let from: Place
        public let to: Place
        public let distance: Distance
        public let initialBearing: Double
        public let finalBearing: Double
        /// Points along the geodesic, dense enough that straight lines between them in
        /// longitude/latitude stay within the route's tolerance of it. Longitudes are continuous
        /// across the whole route (they may run past ±180).
        public let path: [Coordinate]
        /// The leg measured along roads, for a route made with a ``RoadRouter``: then ``path``
        /// follows the roads and ``distance`` is still the straight line.
        public var road: RoadLeg? = nil
    }

    public let stops: [Place]
    public let legs: [Leg]

    /// The sum of the legs' road lengths, when the route was made along roads.
    public var totalRoadDistance: Distance? {
        guard legs.allSatisfy({ $0.road != nil }) else { return nil }
        return legs.reduce(Distance(metres: 0)) { $0 + $1.road!.length }
    }

    /// The sum of the legs' lengths.
    public var totalDistance: Distance { legs.reduce(Distance(metres: 0)) { $0 + $1.distance } }

    /// The whole path, legs joined, longitudes continuous.
    public var path: [Coordinate] {
        legs.enumerated().flatMap { index, leg in index == 0 ? leg.path : Array(leg.path.dropFirst()) }
    }

    /// Makes the route through `stops` (at least two).
    ///
    /// - Parameter tolerance: How far a straight line between neighbouring path points (in
    ///   longitude/latitude, as map tools draw GeoJSON) may stray from the geodesic; 100 m.
    public init(stops: [Place], tolerance: Distance = Distance(metres: 100)) {
        self.stops = stops
        var legs: [Leg] = []
        var lastLongitude: Double?
        for (from, to) in zip(stops, stops.dropFirst()) {
            let inverse = Geodesic.wgs84.inverse(from: from.coordinate, to: to.coordinate)
            var path = Densifier(tolerance: tolerance).path(from: from.coordinate, to: to.coordinate)
            // Continue the longitudes of the leg before.
            if let lastLongitude, let first = path.first {
                let shift = ((lastLongitude - first.longitude) / 360).rounded() * 360
                path = path.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) }
            }
            lastLongitude = path.last?.longitude
            legs.append(Leg(from: from, to: to, distance: inverse.distance, initialBearing: inverse.initialBearing,
                            finalBearing: inverse.finalBearing, path: path))
        }
        self.legs = legs
    }
}

/// Splits a geodesic until a straight line in longitude/latitude between neighbouring points
/// stays within the tolerance of it: a piece is halved while the geodesic's midpoint lies
/// further than the tolerance from the straight line's midpoint.
struct Densifier {
    let tolerance: Distance
    /// Halving stops here whatever happens (2^16 pieces a leg), so no input can hang it.
    let maximumDepth = 16

    func path(from start: Coordinate, to end: Coordinate) -> [Coordinate] {
        let line = GeodesicLine(from: start, to: end)
        let length = line.length.metres
        guard length > 0 else { return [start, end] }
        var result = [line.position(at: Distance(metres: 0), unrollingLongitude: true).coordinate]
        func split(_ a: Double, _ pointA: Coordinate, _ b: Double, _ pointB: Coordinate, depth: Int) {
            let middle = line.position(at: Distance(metres: (a + b) / 2), unrollingLongitude: true).coordinate
            let straight = Coordinate(latitude: (pointA.latitude + pointB.latitude) / 2,
                                      longitude: (pointA.longitude + pointB.longitude) / 2)
            if depth < maximumDepth,
               Geodesic.wgs84.inverse(from: middle, to: straight).distance.metres > tolerance.metres {
                split(a, pointA, (a + b) / 2, middle, depth: depth + 1)
                split((a + b) / 2, middle, b, pointB, depth: depth + 1)
            } else {
                result.append(pointB)
            }
        }
        let last = line.position(at: line.length, unrollingLongitude: true).coordinate
        split(0, result[0], length, last, depth: 0)
        return result
    }
}
