import ArgumentParser
import Gazetteer
import GeoJSON
import Routing
import Geodesy

/// `geocheck near LAT,LON`: the nearest places to a point, and the region that holds it.
struct NearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near",
        abstract: "The places nearest to a point, with their distances and bearings from it."
    )

    @Argument(help: "The point, LAT,LON.")
    var point: String

    @OptionGroup var listing: ListingOptions

    private struct Row: Encodable {
        let place: Place
        let distance_km: Double
        let bearing_deg: Double

        private enum CodingKeys: String, CodingKey { case distance_km, bearing_deg }

        func encode(to encoder: Encoder) throws {
            try PlaceFields(place: place).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(distance_km, forKey: .distance_km)
            try container.encode(bearing_deg, forKey: .bearing_deg)
        }
    }

    private struct Point: Encodable { let lat: Double; let lon: Double }

    private struct Report: Encodable {
        let point: Point
        let country: String?
        let admin1: String?
        let places: [Row]
    }

    func run() throws {
        let origin: Coordinate
        do {
            origin = try Coordinate(parsing: point)
        } catch {
            throw CLIError.badInput(location: "point", message: error.description)
        }
        let index = try GazetteerAccess.open()
        let nearest: [(place: Place, distance: Distance)]
        let region: Region?
        do {
            nearest = try index.nearest(to: origin, limit: listing.limit)
            var countries: [String] = []
            for entry in nearest where !countries.contains(entry.place.countryCode) { countries.append(entry.place.countryCode) }
            region = try index.admin1Region(containing: origin, amongCountries: countries)
        } catch {
            throw CLIError.gazetteer(error)
        }
        let rows = nearest.map { entry in
            Row(place: entry.place, distance_km: entry.distance.kilometres,
                bearing_deg: Geodesic.wgs84.inverse(from: origin, to: entry.place.coordinate).initialBearing)
        }
        if listing.geojson {
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
            try GeoJSONOutput.write(FeatureCollection(features: features), to: nil)
            return
        }
        if listing.json {
            try StandardOutput.print(try JSONOutput.string(Report(point: Point(lat: origin.latitude, lon: origin.longitude),
                                               country: region?.countryCode, admin1: region?.name, places: rows)))
            return
        }
        if let region {
            try StandardOutput.print("In \(region.name), \(region.countryCode)")
        } else {
            try StandardOutput.print("In no first-level region of the nearby countries (at sea, or beyond the boundary data)")
        }
        for (rank, row) in rows.enumerated() {
            let region = row.place.admin1Name.map { ", \($0)" } ?? ""
            // A bearing to a place at the point itself means nothing.
            let direction = row.distance_km < 0.05 ? "at the point"
                : "\(CompassDirection(bearing: row.bearing_deg).abbreviation) (\(row.bearing_deg.formatted(fractionDigits: 0))°)"
            try StandardOutput.print("\(rank + 1). \(row.place.name) (\(row.place.countryCode)\(region)): "
                  + "\(row.distance_km.formatted(fractionDigits: 1)) km \(direction)")
        }
    }
}
