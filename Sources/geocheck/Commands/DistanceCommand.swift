import ArgumentParser
import Geodesy

/// `geocheck distance`: the geodesic distance and bearings between two points, or between
/// the points of every row of a CSV file.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and bearing between two points on the WGS84 ellipsoid.",
        discussion: """
        Points are written LAT,LON in decimal degrees ("33.5138,36.2765") or with hemisphere \
        letters ("33.5S,70.6W"). Put '--' before a point that starts with a minus sign.

        With --batch, reads CSV rows lat1,lon1,lat2,lon2 (a header row is allowed) from a file \
        or '-' for standard input, and writes one JSON object per row (JSON Lines) with the \
        fields lat1, lon1, lat2, lon2, distance_m, initial_bearing_deg, final_bearing_deg. \
        Bearings are degrees clockwise from true north, 0 to 360.
        """
    )

    @Argument(help: "The start point, LAT,LON.")
    var from: String?

    @Argument(help: "The end point, LAT,LON.")
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
        let start = try Self.point(from!, argument: "start point")
        let end = try Self.point(to!, argument: "end point")
        let report = DistanceReport(from: start, to: end, result: Geodesic.wgs84.inverse(from: start, to: end))
        print(json ? try JSONOutput.string(report) : report.text)
    }

    static func point(_ text: String, argument: String) throws -> Coordinate {
        do {
            return try Coordinate(parsing: text)
        } catch {
            throw CLIError.badInput(location: argument, message: error.description)
        }
    }
}
