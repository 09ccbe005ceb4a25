import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON
import Geodesy
import Roads
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

        Stops are place names or points written LAT,LON. With --by-road, each leg is the \
        shortest road route for cars from an imported OpenStreetMap extract that covers all the \
        stops (geocheck roads import): the line follows the roads, and the legs carry road_km \
        and the stops' snap distances (from_snap_m, to_snap_m). Exit code 4 when there is no \
        road answer.
        """
    )

    @Argument(help: "Where the route starts (a place name or LAT,LON).")
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

    @Flag(name: .customLong("by-road"), help: "Follow the roads (needs an imported extract).")
    var byRoad = false

    @Option(name: .long, help: ArgumentHelp("The road database to use (default: the smallest that covers every stop).", valueName: "name"))
    var roads: String?

    @Option(name: .long, help: "geojson (one FeatureCollection) or geojsonseq (RFC 8142).")
    var format: String = GeoJSONFormat.geojson.rawValue

    func validate() throws {
        if roads != nil && !byRoad {
            throw ValidationError("--roads NAME chooses the database for --by-road; add --by-road")
        }
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
        var opened: GazetteerIndex?
        // The gazetteer opens (and is built, the first time) only when a stop is a name.
        let index = { () throws -> GazetteerIndex in
            if let opened { return opened }
            let made = try GazetteerAccess.open()
            opened = made
            return made
        }
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
                let route = try makeRoute(try Self.stops([event.origin] + event.via + [event.destination], in: index,
                                                         location: "\(events): row \(event.row)"))
                all += route.features(label: label ?? "\(event.origin) → \(event.destination)", date: event.date ?? date,
                                      properties: eventProperties)
            }
            features = all
            summary = "\(list.count) events"
        } else {
            let names = [from!] + Self.viaStops(via ?? "") + [to!]
            let route = try makeRoute(try Self.stops(names, in: index, location: nil))
            features = route.features(label: label, date: date, properties: extra)
            summary = "\(route.stops.map(\.name).joined(separator: " → ")), \(route.totalDistance.formatted(fractionDigits: 1))"
            if let road = route.totalRoadDistance { summary += " straight, \(road.formatted(fractionDigits: 1)) by road" }
        }
        try GeoJSONOutput.write(FeatureCollection(features: features), format: GeoJSONFormat(rawValue: format)!, to: output)
        if let output { Terminal.printError("wrote \(output): \(summary)") }
    }

    /// The stops of `--via`, split at commas; two numbers in a row are one LAT,LON point
    /// ("Hama,35.2,36.7,Aleppo" is Hama, the point 35.2,36.7 and Aleppo).
    static func viaStops(_ text: String) -> [String] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var stops: [String] = []
        var index = 0
        while index < parts.count {
            if index + 1 < parts.count, let point = try? Coordinate(parsing: parts[index] + "," + parts[index + 1]) {
                stops.append("\(point.latitude),\(point.longitude)")
                index += 2
            } else {
                stops.append(parts[index])
                index += 1
            }
        }
        return stops
    }

    /// The route through `stops`: along geodesics, or with --by-road along roads.
    func makeRoute(_ stops: [Place]) throws -> Route {
        guard byRoad else { return Route(stops: stops) }
        let router = try RoadAccess.router(covering: stops.map(\.coordinate), named: roads)
        do {
            return try Route(stops: stops, router: router)
        } catch {
            throw CLIError.roads(error)
        }
    }

    /// The places for stop names (or LAT,LON points), each name looked for near the stops before
    /// it; exit 3 on an unknown one.
    static func stops(_ names: [String], in index: () throws -> GazetteerIndex, location: String?) throws -> [Place] {
        var stops: [Place] = []
        for name in names {
            if let point = try? Coordinate(parsing: name) {
                stops.append(Place.point(point))
                continue
            }
            let gazetteer = try index()
            do {
                stops.append(try Resolver(index: gazetteer).resolve(name, context: stops.map(\.coordinate)).place)
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
