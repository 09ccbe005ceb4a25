import Gazetteer
import Geodesy
import Roads

/// What a leg measured along roads adds to the straight line.
public struct RoadLeg: Sendable {
    /// The length along the roads, between the snapped points.
    public let length: Distance
    /// Where the leg's start stop joined the roads.
    public let start: RoadRoute.Snap
    /// Where the leg's end stop joined the roads.
    public let end: RoadRoute.Snap
    /// Which database and engine measured it.
    public let source: String
}

extension Route {
    /// The route through `stops` (at least two) along roads: each leg the shortest road route
    /// that `router` finds between the stops, each stop snapped to its nearest road. The path
    /// follows the roads (from each leg's first snapped point to its last), its longitudes
    /// continuous; the legs keep their straight-line distances and bearings beside the road ones.
    ///
    /// - Throws: ``RoadError`` for the first leg with no road route, naming its stops.
    public init(stops: [Place], router: some RoadRouter) throws(RoadError) {
        let straight = Route(stops: stops)
        var legs: [Leg] = []
        var lastLongitude: Double?
        for leg in straight.legs {
            let road: RoadRoute
            do {
                road = try router.route(through: [leg.from.coordinate, leg.to.coordinate])
            } catch .noRoute(let detail) {
                throw .noRoute("\(leg.from.name) → \(leg.to.name): \(detail)")
            }
            var path: [Coordinate] = []
            for point in road.path {
                var longitude = point.longitude
                if let lastLongitude { longitude += ((lastLongitude - longitude) / 360).rounded() * 360 }
                lastLongitude = longitude
                path.append(Coordinate(latitude: point.latitude, longitude: longitude))
            }
            var roadLeg = Leg(from: leg.from, to: leg.to, distance: leg.distance, initialBearing: leg.initialBearing,
                              finalBearing: leg.finalBearing, path: path)
            roadLeg.road = RoadLeg(length: road.length, start: road.snaps[0], end: road.snaps[road.snaps.count - 1],
                                   source: road.source)
            legs.append(roadLeg)
        }
        self.stops = stops
        self.legs = legs
    }
}
