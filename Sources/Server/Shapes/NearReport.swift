import Gazetteer
import GeoJSON
import Geodesy
import Routing

/// What `geocheck near` prints and `GET /v1/near` returns: the places nearest a point, with
/// their distances and bearings from it, and the first-level region that holds the point.
public struct NearReport: Encodable, Sendable {
    /// One nearby place.
    public struct Row: Encodable, Sendable {
        /// The place.
        public let place: Place
        /// Its distance from the point, in kilometres.
        public let distance_km: Double
        /// The bearing from the point to it, in degrees clockwise from north.
        public let bearing_deg: Double

        private enum CodingKeys: String, CodingKey { case distance_km, bearing_deg }

        public func encode(to encoder: Encoder) throws {
            try PlaceFields(place: place).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(distance_km, forKey: .distance_km)
            try container.encode(bearing_deg, forKey: .bearing_deg)
        }
    }

    private struct Point: Encodable { let lat: Double; let lon: Double }

    /// The point asked about.
    public let origin: Coordinate
    /// The first-level region holding the point, amongst the nearby places' countries.
    public let region: Region?
    /// The nearest places, nearest first.
    public let rows: [Row]

    /// Looks up the `limit` places nearest `origin` and the region that holds it.
    public init(origin: Coordinate, limit: Int, index: GazetteerIndex) throws(GazetteerError) {
        let nearest = try index.nearest(to: origin, limit: limit)
        var countries: [String] = []
        for entry in nearest where !countries.contains(entry.place.countryCode) { countries.append(entry.place.countryCode) }
        self.origin = origin
        self.region = try index.admin1Region(containing: origin, amongCountries: countries)
        self.rows = nearest.map { entry in
            Row(place: entry.place, distance_km: entry.distance.kilometres,
                bearing_deg: Geodesic.wgs84.inverse(from: origin, to: entry.place.coordinate).initialBearing)
        }
    }

    private enum CodingKeys: String, CodingKey { case point, country, admin1, places }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Point(lat: origin.latitude, lon: origin.longitude), forKey: .point)
        try container.encode(region?.countryCode, forKey: .country)
        try container.encode(region?.name, forKey: .admin1)
        try container.encode(rows, forKey: .places)
    }

    /// The point and the places as GeoJSON points (`kind`: "query point", "nearby place").
    public var featureCollection: FeatureCollection {
        var pointProperties: [String: JSONValue] = ["kind": "query point"]
        pointProperties["country"] = region.map { .string($0.countryCode) } ?? .null
        pointProperties["admin1"] = region.map { .string($0.name) } ?? .null
        var features = [Feature(geometry: .point(origin), properties: pointProperties)]
        for row in rows {
            var properties = row.place.geoJSONProperties
            properties["kind"] = "nearby place"
            properties["distance_km"] = .number(row.distance_km)
            properties["bearing_deg"] = .number(row.bearing_deg)
            features.append(Feature(geometry: .point(row.place.coordinate), properties: properties))
        }
        return FeatureCollection(features: features)
    }

    /// The report as `geocheck near` prints it.
    public var text: String {
        var lines: [String] = []
        if let region {
            lines.append("In \(region.name), \(region.countryCode)")
        } else {
            lines.append("In no first-level region of the nearby countries (at sea, or beyond the boundary data)")
        }
        for (rank, row) in rows.enumerated() {
            let region = row.place.admin1Name.map { ", \($0)" } ?? ""
            // A bearing to a place at the point itself means nothing.
            let direction = row.distance_km < 0.05 ? "at the point"
                : "\(CompassDirection(bearing: row.bearing_deg).abbreviation) (\(row.bearing_deg.formatted(fractionDigits: 0))°)"
            lines.append("\(rank + 1). \(row.place.name) (\(row.place.countryCode)\(region)): "
                         + "\(row.distance_km.formatted(fractionDigits: 1)) km \(direction)")
        }
        return lines.joined(separator: "\n")
    }
}
