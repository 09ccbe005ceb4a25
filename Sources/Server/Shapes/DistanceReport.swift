import Gazetteer
import Geodesy
import Roads

/// What `geocheck distance` and `GET /v1/distance` report for one pair of points, as text or JSON.
public struct DistanceReport: Encodable, Sendable {
    /// The start point.
    public let from: Coordinate
    /// The end point.
    public let to: Coordinate
    /// The place a name resolved to, when the start was a name.
    public var fromPlace: Place? = nil
    /// The place a name resolved to, when the end was a name.
    public var toPlace: Place? = nil
    /// The geodesic between them: distance and bearings.
    public let result: GeodesicInverse
    /// The road route, with `--by-road` (`geocheck distance`).
    public var road: RoadRoute? = nil

    /// Measures between two points on WGS84.
    public init(from: Coordinate, to: Coordinate, fromPlace: Place? = nil, toPlace: Place? = nil) {
        self.from = from
        self.to = to
        self.fromPlace = fromPlace
        self.toPlace = toPlace
        self.result = Geodesic.wgs84.inverse(from: from, to: to)
    }

    /// The compass point of the initial bearing.
    public var initialDirection: CompassDirection { CompassDirection(bearing: result.initialBearing) }

    private enum CodingKeys: String, CodingKey {
        case from, to, distanceMetres = "distance_m", distanceKilometres = "distance_km"
        case distanceMiles = "distance_mi", initialBearing = "initial_bearing_deg"
        case finalBearing = "final_bearing_deg", compass
        case roadKilometres = "road_km", roadSource = "road_source", fromSnap = "from_snap_m", toSnap = "to_snap_m"
    }

    private struct Point: Encodable {
        let lat: Double
        let lon: Double
        var name: String? = nil
        var geonameid: Int? = nil
        var country: String? = nil
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Point(lat: from.latitude, lon: from.longitude, name: fromPlace?.name,
                                   geonameid: fromPlace?.id, country: fromPlace?.countryCode), forKey: .from)
        try container.encode(Point(lat: to.latitude, lon: to.longitude, name: toPlace?.name,
                                   geonameid: toPlace?.id, country: toPlace?.countryCode), forKey: .to)
        try container.encode(result.distance.metres, forKey: .distanceMetres)
        try container.encode(result.distance.kilometres, forKey: .distanceKilometres)
        try container.encode(result.distance.value(in: .miles), forKey: .distanceMiles)
        try container.encode(result.initialBearing, forKey: .initialBearing)
        try container.encode(result.finalBearing, forKey: .finalBearing)
        try container.encode(initialDirection.abbreviation, forKey: .compass)
        if let road {
            try container.encode(road.length.kilometres, forKey: .roadKilometres)
            try container.encode(road.source, forKey: .roadSource)
            try container.encode(road.snaps[0].distance.metres, forKey: .fromSnap)
            try container.encode(road.snaps[road.snaps.count - 1].distance.metres, forKey: .toSnap)
        }
    }

    /// The report as `geocheck distance` prints it.
    public var text: String {
        let distance = result.distance
        var text = """
        From             \(Self.label(fromPlace))\(from.latitude), \(from.longitude)
        To               \(Self.label(toPlace))\(to.latitude), \(to.longitude)
        Distance         \(distance.formatted(in: .kilometres, fractionDigits: 2)) \
        (\(distance.formatted(in: .miles, fractionDigits: 2)))
        Initial bearing  \(result.initialBearing.formatted(fractionDigits: 2))° \
        (\(initialDirection.abbreviation), \(initialDirection.name))
        Final bearing    \(result.finalBearing.formatted(fractionDigits: 2))°
        """
        if let road {
            let ratio = distance.metres > 0 ? " (\((road.length.metres / distance.metres).formatted(fractionDigits: 2))× the straight line)" : ""
            text += """

            By road          \(road.length.formatted(in: .kilometres, fractionDigits: 2))\(ratio)
            Road source      \(road.source)
            Snapped to road  start \(road.snaps[0].distance.formatted(in: .metres, fractionDigits: 0)), \
            end \(road.snaps[road.snaps.count - 1].distance.formatted(in: .metres, fractionDigits: 0)) from the points
            """
        }
        return text
    }

    private static func label(_ place: Place?) -> String {
        guard let place else { return "" }
        return "\(place.name) (\(place.countryCode), geonameid \(place.id))  "
    }
}
