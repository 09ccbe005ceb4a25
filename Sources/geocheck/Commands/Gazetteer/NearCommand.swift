import ArgumentParser
import Gazetteer
import Geodesy
import Server

/// `geocheck near LAT,LON`: the nearest places to a point, and the region that holds it.
struct NearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near",
        abstract: "The places nearest to a point, with their distances and bearings from it."
    )

    @Argument(help: "The point, LAT,LON.")
    var point: String

    @OptionGroup var listing: ListingOptions

    func run() throws {
        let origin: Coordinate
        do {
            origin = try Coordinate(parsing: point)
        } catch {
            throw CLIError.badInput(location: "point", message: error.description)
        }
        let index = try GazetteerAccess.open()
        let report: NearReport
        do {
            report = try NearReport(origin: origin, limit: listing.limit, index: index)
        } catch {
            throw CLIError.gazetteer(error)
        }
        if listing.geojson {
            try GeoJSONOutput.write(report.featureCollection, to: nil)
        } else if listing.json {
            try StandardOutput.print(try JSONOutput.string(report))
        } else {
            try StandardOutput.print(report.text)
        }
    }
}
