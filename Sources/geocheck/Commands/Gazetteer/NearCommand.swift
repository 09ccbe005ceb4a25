import ArgumentParser
import Gazetteer
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
        let geonameid: Int
        let name: String
        let country: String
        let admin1: String?
        let lat: Double
        let lon: Double
        let distance_km: Double
        let bearing_deg: Double
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
            Row(geonameid: entry.place.id, name: entry.place.name, country: entry.place.countryCode,
                admin1: entry.place.admin1Name, lat: entry.place.coordinate.latitude, lon: entry.place.coordinate.longitude,
                distance_km: entry.distance.kilometres,
                bearing_deg: Geodesic.wgs84.inverse(from: origin, to: entry.place.coordinate).initialBearing)
        }
        if listing.json {
            print(try JSONOutput.string(Report(point: Point(lat: origin.latitude, lon: origin.longitude),
                                               country: region?.countryCode, admin1: region?.name, places: rows)))
            return
        }
        if let region {
            print("In \(region.name), \(region.countryCode)")
        } else {
            print("In no first-level region of the nearby countries (at sea, or beyond the boundary data)")
        }
        for (rank, row) in rows.enumerated() {
            let region = row.admin1.map { ", \($0)" } ?? ""
            print("\(rank + 1). \(row.name) (\(row.country)\(region)): \(row.distance_km.formatted(fractionDigits: 1)) km "
                  + "\(CompassDirection(bearing: row.bearing_deg).abbreviation) (\(row.bearing_deg.formatted(fractionDigits: 0))°)")
        }
    }
}
