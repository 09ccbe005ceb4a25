import ArgumentParser
import Gazetteer
import Geodesy
import Server

/// `geocheck within NAME REGION`: whether a place lies in a country or first-level region.
struct WithinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "within",
        abstract: "Whether a place lies in a country or first-level region, with the evidence.",
        discussion: """
        REGION is a country ("Syria", "SY") or a first-level region ("Homs Governorate", \
        "Muhafazat Hims", "Aleppo"). Exit code 0 when the place is within, 1 when it is not, \
        3 when a name is unknown.
        """
    )

    @Argument(help: "The place name.")
    var name: String

    @Argument(help: "The country or region.")
    var region: String

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    private struct Report: Encodable {
        let place: PlaceFields
        let region: Region
        let within: Bool
        let by_record: Bool?
        let by_polygon: Bool
        let distance_to_boundary_km: Double
    }

    func validate() throws {
        try GazetteerAccess.requireName(name)
        try GazetteerAccess.requireName(region, "the region name")
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        let place = try GazetteerAccess.resolve(name, in: index).place
        let check: Containment
        do {
            guard let target = try index.regions(named: region, preferredCountry: place.countryCode).first else {
                throw GazetteerError.unknownRegion(region)
            }
            check = try index.containment(of: place, in: target)
        } catch let error as GazetteerError {
            throw CLIError.gazetteer(error)
        }
        if json {
            try StandardOutput.print(try JSONOutput.string(Report(
                place: PlaceFields(place: place), region: check.region, within: check.isWithin, by_record: check.byRecord,
                by_polygon: check.byPolygon, distance_to_boundary_km: check.distanceToBoundary.kilometres)))
        } else {
            let kind = check.region.kind == .country ? "country" : "region"
            try StandardOutput.print("\(place.name) (\(place.countryCode), geonameid \(place.id)) is \(check.isWithin ? "within" : "not within") "
                  + "\(check.region.name) (\(kind), \(check.region.countryCode))")
            let record = check.byRecord.map { $0 ? "within" : "not within" } ?? "no region recorded"
            try StandardOutput.print("  record: \(record); polygon: \(check.byPolygon ? "inside" : "outside"), "
                  + "\(check.distanceToBoundary.formatted(fractionDigits: 1)) from its outline")
        }
        if !check.isWithin { throw ExitCode(1) }
    }
}
