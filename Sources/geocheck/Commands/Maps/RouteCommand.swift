import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON
import Routing

/// `geocheck route FROM TO`: a route through places as GeoJSON, for QGIS, geojson.io, Leaflet
/// or kepler.gl.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "A route between places along geodesics, as GeoJSON.",
        discussion: """
        Writes a FeatureCollection: the route as a line densified along the geodesics (no straight \
        segment strays more than 100 m from them; cut at the antimeridian), with the legs' and \
        total distances and bearings as properties, and a point per stop with its gazetteer \
        properties. Unknown stops exit with code 3 and nothing is written.
        """
    )

    @Argument(help: "Where the route starts (a place name or LAT,LON is not accepted: names only).")
    var from: String

    @Argument(help: "Where the route ends.")
    var to: String

    @Option(name: .long, help: ArgumentHelp("Stops on the way, comma-separated.", valueName: "A,B,…"))
    var via: String?

    @Option(name: .long, help: "A label for the route.")
    var label: String?

    @Option(name: .long, help: ArgumentHelp("The date of the movement.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("property"), help: ArgumentHelp("A property of the route (repeatable).", valueName: "key=value"))
    var properties: [String] = []

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "geojson (one FeatureCollection) or geojsonseq (RFC 8142).")
    var format: String = GeoJSONFormat.geojson.rawValue

    func validate() throws {
        guard GeoJSONFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be geojson or geojsonseq, not '\(format)'")
        }
        if let date { _ = try GeoJSONOutput.isoDate(date) }
        _ = try GeoJSONOutput.properties(properties)
        try GazetteerAccess.requireName(from)
        try GazetteerAccess.requireName(to)
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        let names = [from] + (via?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty } ?? []) + [to]
        var stops: [Place] = []
        for name in names {
            // Each stop is looked for near the ones before it.
            let candidate: PlaceCandidate
            do {
                candidate = try Resolver(index: index).resolve(name, context: stops.map(\.coordinate))
            } catch {
                throw CLIError.gazetteer(error)
            }
            stops.append(candidate.place)
        }
        let route = Route(stops: stops)
        let features = route.features(label: label, date: date, properties: try GeoJSONOutput.properties(properties))
        try GeoJSONOutput.write(FeatureCollection(features: features), format: GeoJSONFormat(rawValue: format)!, to: output)
        if let output {
            Terminal.printError("wrote \(output): \(stops.map(\.name).joined(separator: " → ")), "
                                + "\(route.totalDistance.formatted(fractionDigits: 1))")
        }
    }
}
