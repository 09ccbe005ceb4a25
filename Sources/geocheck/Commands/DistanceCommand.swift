import ArgumentParser
import Gazetteer
import Geodesy
import Roads
import Server

/// `geocheck distance`: the geodesic distance and bearings between two points, or between
/// the points of every row of a CSV file.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and bearing between two points on the WGS84 ellipsoid.",
        discussion: """
        Points are place names ("Homs", "Damascus, Syria") or coordinates written LAT,LON in \
        decimal degrees ("33.5138,36.2765") or with hemisphere letters ("33.5S,70.6W"). An \
        unknown name exits with code 3 and suggestions; a name several places share, or one \
        matched only loosely, takes the likeliest place and says so on standard error.

        With --batch, reads CSV rows lat1,lon1,lat2,lon2 (a header row is allowed) from a file \
        or '-' for standard input, and writes one JSON object per row (JSON Lines) with the \
        fields lat1, lon1, lat2, lon2, distance_m, initial_bearing_deg, final_bearing_deg. \
        Bearings are degrees clockwise from true north, 0 to 360.

        With --by-road, also the shortest road route for cars, from an imported OpenStreetMap \
        extract that covers both points (geocheck roads import), each point snapped to the \
        nearest road: its length (road_km in the JSON) and the snap distances. Exit code 4 when \
        there is no road answer (no extract covers the points, no road near one, no route).
        """
    )

    @Argument(help: "The start: a place name or LAT,LON.")
    var from: String?

    @Argument(help: "The end: a place name or LAT,LON.")
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Read point pairs from a CSV file ('-' for standard input).", valueName: "file"))
    var batch: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .customLong("by-road"), help: "Also measure the shortest road route (needs an imported extract).")
    var byRoad = false

    @Option(name: .long, help: ArgumentHelp("The road database to use (default: the smallest that covers both points).", valueName: "name"))
    var roads: String?

    func validate() throws {
        if roads != nil && !byRoad {
            throw ValidationError("--roads NAME chooses the database for --by-road; add --by-road")
        }
        if batch != nil {
            guard from == nil, to == nil else {
                throw ValidationError("give either two points or --batch FILE, not both")
            }
            guard !json else {
                throw ValidationError("--batch always writes JSON Lines; drop --json")
            }
            guard !byRoad else {
                throw ValidationError("--by-road measures one pair; drop --batch")
            }
        } else {
            guard from != nil, to != nil else {
                throw ValidationError("give two points (LAT,LON LAT,LON) or --batch FILE")
            }
        }
    }

    func run() throws {
        if let batch {
            try DistanceBatch(inputPath: batch).run()
            return
        }
        var index: GazetteerIndex?
        let start = try Self.endpoint(from!, argument: "start point", index: &index)
        let end = try Self.endpoint(to!, argument: "end point", index: &index)
        var report = DistanceReport(from: start.coordinate, to: end.coordinate,
                                    fromPlace: start.place, toPlace: end.place)
        if byRoad {
            let router = try RoadAccess.router(covering: [start.coordinate, end.coordinate], named: roads)
            do {
                report.road = try router.route(through: [start.coordinate, end.coordinate])
            } catch {
                throw CLIError.roads(error)
            }
        }
        try StandardOutput.print(json ? try JSONOutput.string(report) : report.text)
    }

    /// A coordinate as written, or the best place for a name (opening the gazetteer on first need).
    static func endpoint(_ text: String, argument: String, index: inout GazetteerIndex?) throws -> (coordinate: Coordinate, place: Place?) {
        let name: String
        do {
            switch try PointOrName(text) {
            case .point(let coordinate): return (coordinate, nil)
            case .name(let text): name = text
            }
        } catch {
            throw CLIError.badInput(location: argument, message: error.description)
        }
        try GazetteerAccess.requireName(name, "the \(argument)")
        let opened = try index ?? GazetteerAccess.open()
        index = opened
        let chosen = try GazetteerAccess.resolve(name, in: opened)
        if let note = GazetteerAccess.resolutionNote(for: name, chosen: chosen, in: opened) { Terminal.printError(note) }
        return (chosen.place.coordinate, chosen.place)
    }
}
