import ArgumentParser
import Gazetteer
import Geodesy
import Server

/// `geocheck border NAME`: how far a place is from its country's land borders.
struct BorderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "border",
        abstract: "Distance from a place to the nearest international land border, and who is across it.",
        discussion: "Coastlines do not count. All land borders of the place's country are listed, nearest first."
    )

    @Argument(help: "The place name.")
    var name: String

    @Option(name: .long, help: ArgumentHelp("Only places in this country (ISO code or name).", valueName: "CC"))
    var country: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    private struct Report: Encodable {
        let place: PlaceFields
        let borders: [BorderRow]
    }

    private struct BorderRow: Encodable {
        let neighbour: String
        let neighbour_name: String
        let distance_km: Double
        let nearest_point: [String: Double]
        let point_in_neighbour_polygon: Bool
    }

    func validate() throws {
        try GazetteerAccess.requireName(name)
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        let place = try GazetteerAccess.resolve(name, countryCode: try GazetteerAccess.countryCode(country, in: index), in: index).place
        let borders: [LandBorder]
        do {
            borders = try index.landBorders(of: place)
        } catch {
            throw CLIError.gazetteer(error)
        }
        let rows = borders.map {
            BorderRow(neighbour: $0.neighbour.code, neighbour_name: $0.neighbour.name, distance_km: $0.distance.kilometres,
                      nearest_point: ["lat": $0.nearestPoint.latitude, "lon": $0.nearestPoint.longitude],
                      point_in_neighbour_polygon: $0.pointIsInNeighbourPolygon)
        }
        if json {
            try StandardOutput.print(try JSONOutput.string(Report(place: PlaceFields(place: place), borders: rows)))
            return
        }
        try StandardOutput.print("\(place.name) (\(place.countryCode), geonameid \(place.id))")
        guard let nearest = borders.first else {
            try StandardOutput.print("No land border: \(place.countryCode) has no land neighbour in the data.")
            return
        }
        try StandardOutput.print("Nearest land border: \(nearest.neighbour.name) (\(nearest.neighbour.code)), \(nearest.distance.formatted(fractionDigits: 1))")
        if nearest.pointIsInNeighbourPolygon {
            try StandardOutput.print("Note: the place's point falls inside \(nearest.neighbour.name) in the simplified boundary data.")
        }
        for border in borders.dropFirst() {
            try StandardOutput.print("  \(border.neighbour.name) (\(border.neighbour.code)): \(border.distance.formatted(fractionDigits: 1))")
        }
    }
}
