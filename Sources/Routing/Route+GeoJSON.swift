import Gazetteer
import GeoJSON
import Geodesy

extension Route {
    /// The route as GeoJSON: one line feature for the whole route (cut at the antimeridian
    /// when it crosses it) with the legs' and total distances and bearings, and a point
    /// feature per stop with its gazetteer properties.
    ///
    /// - Parameters:
    ///   - label: A name for the route.
    ///   - date: An ISO 8601 date (YYYY-MM-DD) for time sliders.
    ///   - properties: More properties for the route feature.
    public func features(label: String? = nil, date: String? = nil, properties: [String: JSONValue] = [:]) -> [Feature] {
        var routeProperties = properties
        routeProperties["kind"] = "route"
        if let label { routeProperties["label"] = .string(label) }
        if let date { routeProperties["date"] = .string(date) }
        routeProperties["stops"] = .array(stops.map { .string($0.name) })
        routeProperties["total_distance_km"] = .number(totalDistance.kilometres)
        if let road = totalRoadDistance {
            routeProperties["total_road_km"] = .number(road.kilometres)
            routeProperties["road_source"] = legs.first?.road.map { .string($0.source) } ?? .null
        }
        routeProperties["legs"] = .array(legs.map { leg in
            var properties: [String: JSONValue] = [
                "from": .string(leg.from.name), "to": .string(leg.to.name),
                "distance_km": .number(leg.distance.kilometres),
                "initial_bearing_deg": .number(leg.initialBearing), "final_bearing_deg": .number(leg.finalBearing),
                "direction": .string(CompassDirection(bearing: leg.initialBearing).abbreviation),
            ]
            if let road = leg.road {
                properties["road_km"] = .number(road.length.kilometres)
                properties["from_snap_m"] = .number(road.start.distance.metres)
                properties["to_snap_m"] = .number(road.end.distance.metres)
            }
            return .object(properties)
        })
        let line = Antimeridian.cut(line: path.map { [$0.longitude, $0.latitude] })
        var features = [Feature(geometry: line, properties: routeProperties)]
        for (index, stop) in stops.enumerated() {
            var stopProperties = stop.geoJSONProperties
            stopProperties["kind"] = "stop"
            stopProperties["stop"] = .number(Double(index + 1))
            stopProperties["role"] = .string(index == 0 ? "origin" : (index == stops.count - 1 ? "destination" : "via"))
            if let label { stopProperties["route"] = .string(label) }
            if let date { stopProperties["date"] = .string(date) }
            features.append(Feature(geometry: .point(stop.coordinate), properties: stopProperties))
        }
        return features
    }
}
