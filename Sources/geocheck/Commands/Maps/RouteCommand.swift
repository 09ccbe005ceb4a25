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

        With --events FILE (.csv with a header row, or .json, an array of objects), one route per \
        event: columns origin, destination, via (names separated by ';'), date (YYYY-MM-DD), \
        people, notes; other columns become properties.
        """
    )

    @Argument(help: "Where the route starts (a place name).")
    var from: String?

    @Argument(help: "Where the route ends.")
    var to: String?

    @Option(name: .long, help: ArgumentHelp("One route per relocation event, from a CSV or JSON file (see the README).", valueName: "file"))
    var events: String?

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
        if events != nil {
            guard from == nil, to == nil, via == nil else {
                throw ValidationError("give either FROM TO (with --via) or --events FILE, not both")
            }
        } else {
            try GazetteerAccess.requireName(from ?? "")
            try GazetteerAccess.requireName(to ?? "")
        }
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        let extra = try GeoJSONOutput.properties(properties)
        let features: [Feature]
        var summary: String
        if let events {
            let list = try Self.readEvents(events)
            var all: [Feature] = []
            for event in list {
                var eventProperties = extra
                eventProperties["event"] = .number(Double(event.row))
                if let people = event.people { eventProperties["people"] = .number(Double(people)) }
                if let notes = event.notes { eventProperties["notes"] = .string(notes) }
                for (key, value) in event.extra { eventProperties[key] = .string(value) }
                let route = Route(stops: try Self.stops([event.origin] + event.via + [event.destination], in: index,
                                                      location: "\(events): row \(event.row)"))
                all += route.features(label: label ?? "\(event.origin) → \(event.destination)", date: event.date ?? date,
                                      properties: eventProperties)
            }
            features = all
            summary = "\(list.count) events"
        } else {
            let names = [from!] + (via?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty } ?? []) + [to!]
            let route = Route(stops: try Self.stops(names, in: index, location: nil))
            features = route.features(label: label, date: date, properties: extra)
            summary = "\(route.stops.map(\.name).joined(separator: " → ")), \(route.totalDistance.formatted(fractionDigits: 1))"
        }
        try GeoJSONOutput.write(FeatureCollection(features: features), format: GeoJSONFormat(rawValue: format)!, to: output)
        if let output { Terminal.printError("wrote \(output): \(summary)") }
    }

    /// The places for stop names, each looked for near the ones before it; exit 3 on an unknown one.
    static func stops(_ names: [String], in index: GazetteerIndex, location: String?) throws -> [Place] {
        var stops: [Place] = []
        for name in names {
            do {
                stops.append(try Resolver(index: index).resolve(name, context: stops.map(\.coordinate)).place)
            } catch {
                guard let location else { throw CLIError.gazetteer(error) }
                throw CLIError.badInput(location: location, message: error.description, exitCode: CLIError.unknownNameExitCode)
            }
        }
        return stops
    }

    /// The events of a CSV or JSON file (by its ending, else by its first character).
    static func readEvents(_ path: String) throws -> [RelocationEvent] {
        let data = try BoundedInput.read(path, command: "route --events", advice: "split the events file")
        do {
            let isJSON = path.lowercased().hasSuffix(".json") || data.first(where: { $0 > 0x20 }) == UInt8(ascii: "[")
            if isJSON { return try RelocationEvent.read(json: data) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw RoutingError.unreadable("not UTF-8 text")
            }
            return try RelocationEvent.read(csv: text)
        } catch let error as RoutingError {
            throw CLIError.badInput(location: path, message: error.description)
        }
    }
}
