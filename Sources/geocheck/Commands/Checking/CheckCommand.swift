import ArgumentParser
import GeoJSON
import Verification

/// `geocheck check FILE`: every geographic claim of a text, checked.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find and check the geographic claims of a text: distances, directions, borders, regions, capitals.",
        discussion: """
        Reads FILE (or standard input for -) as UTF-8 text of up to 10 MB. Each claim is quoted \
        with its verdict: consistent, consistent_road (the stated distance fits a road distance, \
        not the straight line), inconsistent, or unverifiable (a place not found or ambiguous). \
        Exit code 0 when no claim is inconsistent, 1 when one is, 2 for bad input.
        """
    )

    @Argument(help: ArgumentHelp("The text to check, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print the claims and places as JSON.")
    var json = false

    @Flag(name: .long, help: "Print GeoJSON: the places, a line per claim, the stated-distance circles.")
    var geojson = false

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the JSON or GeoJSON to this file.", valueName: "path"))
    var output: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Colour the report (default: when printing to a terminal and NO_COLOR is unset).")
    var color: Bool?

    func validate() throws {
        if json && geojson { throw ValidationError("choose one of --json and --geojson") }
        if output != nil && !json && !geojson { throw ValidationError("--output needs --json or --geojson") }
    }

    func run() throws {
        let text = try TextInput.read(file)
        let index = try GazetteerAccess.open()
        let report: CheckReport
        do {
            report = try Verifier(index: index).check(text)
        } catch .gazetteer(let error) where error.isDamagedIndex {
            throw CLIError.gazetteer(error)   // rebuilt by the top level
        } catch {
            throw CLIError.badInput(location: file == "-" ? "standard input" : file, message: error.description, exitCode: 1)
        }
        if geojson {
            try GeoJSONOutput.write(FeatureCollection(features: try report.features()), to: output)
        } else if json {
            try JSONOutput.write(JSONOutput.string(report), to: output)
        } else {
            try StandardOutput.print(CheckReportText(report: report, text: text, style: .forStandardOutput(forced: color)).render(), terminator: "")
        }
        if report.hasInconsistency { throw ExitCode(1) }
    }
}
