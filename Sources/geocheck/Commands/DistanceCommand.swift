import ArgumentParser
import Gazetteer
import Geodesy
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
        unknown name exits with code 3 and suggestions.

        With --batch, reads CSV rows lat1,lon1,lat2,lon2 (a header row is allowed) from a file \
        or '-' for standard input, and writes one JSON object per row (JSON Lines) with the \
        fields lat1, lon1, lat2, lon2, distance_m, initial_bearing_deg, final_bearing_deg. \
        Bearings are degrees clockwise from true north, 0 to 360.
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

    func validate() throws {
        if batch != nil {
            guard from == nil, to == nil else {
                throw ValidationError("give either two points or --batch FILE, not both")
            }
            guard !json else {
                throw ValidationError("--batch always writes JSON Lines; drop --json")
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
        let report = DistanceReport(from: start.coordinate, to: end.coordinate,
                                    fromPlace: start.place, toPlace: end.place)
        print(json ? try JSONOutput.string(report) : report.text)
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
        let opened = try index ?? GazetteerAccess.open()
        index = opened
        let place = try GazetteerAccess.resolve(name, in: opened).place
        return (place.coordinate, place)
    }
}
