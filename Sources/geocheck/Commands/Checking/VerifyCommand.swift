import ArgumentParser
import Gazetteer
import Geodesy
import Verification

/// `geocheck verify SUBJECT REFERENCE --distance … --direction …`: one claim, without a text.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check one claim: SUBJECT lies --distance from REFERENCE, to its --direction.",
        discussion: """
        Example: geocheck verify Homs Damascus --distance "162 km" --direction north. The distance \\
        may be hedged ("about 160 km"). Verdicts: consistent, consistent_road (fits a road \\
        distance, not the straight line), inconsistent. Exit code 0 when the claim holds, 1 when \\
        it does not, 2 for bad input, 3 for an unknown place.
        """
    )

    @Argument(help: "The place the claim is about.")
    var subject: String

    @Argument(help: "The place it is measured from.")
    var reference: String

    @Option(name: .long, help: ArgumentHelp("The stated distance, e.g. \"162 km\", \"about 25 miles\".", valueName: "distance"))
    var distance: String?

    @Option(name: .long, help: ArgumentHelp("The stated direction from the reference, e.g. north, NNE, south-west.", valueName: "direction"))
    var direction: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        try GazetteerAccess.requireName(subject)
        try GazetteerAccess.requireName(reference, "the reference name")
        guard distance != nil || direction != nil else {
            throw ValidationError("give --distance, --direction or both")
        }
        if let distance {
            do { _ = try StatedDistance(parsing: distance) } catch { throw ValidationError(error.description) }
        }
        if let direction, CompassDirection(parsing: direction) == nil {
            throw ValidationError(GeodesyError.unknownDirection(direction).description)
        }
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        let referencePlace = try GazetteerAccess.resolve(reference, in: index).place
        let subjectPlace: Place
        do {
            subjectPlace = try Resolver(index: index).resolve(subject, context: [referencePlace.coordinate]).place
        } catch {
            throw CLIError.gazetteer(error)
        }
        let check = DistanceCheck(subject: subjectPlace, reference: referencePlace,
                                  stated: try distance.map { try StatedDistance(parsing: $0) },
                                  direction: direction.flatMap(CompassDirection.init(parsing:)))
        if json {
            print(try JSONOutput.string(ClaimReport(check: check, text: nil)))
        } else {
            print("\(check.verdict.rawValue): \(subjectPlace.name) from \(referencePlace.name): \(check.explanation)")
        }
        if check.verdict == .inconsistent { throw ExitCode(1) }
    }
}

/// A checked claim as JSON: the shape `geocheck check --json` uses for each claim.
struct ClaimReport: Encodable {
    let check: DistanceCheck
    let text: String?

    private struct PlaceJSON: Encodable {
        let name: String
        let geonameid: Int
        let lat: Double
        let lon: Double
        let country: String
    }

    /// Fields that do not apply are written as null, not left out.
    private struct Stated: Encodable {
        let distance_km: Double?
        let direction: String?
        private enum CodingKeys: String, CodingKey { case distance_km, direction }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(distance_km, forKey: .distance_km)
            try container.encode(direction, forKey: .direction)
        }
    }

    private struct Measured: Encodable {
        let distance_km: Double
        let bearing_deg: Double
        let direction: String
    }

    private struct Accepted: Encodable {
        let straight_km: [Double]?
        let road_km: [Double]?
        private enum CodingKeys: String, CodingKey { case straight_km, road_km }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(straight_km, forKey: .straight_km)
            try container.encode(road_km, forKey: .road_km)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text, subject, reference, stated, measured, accepted, verdict, explanation
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func place(_ p: Place) -> PlaceJSON {
            PlaceJSON(name: p.name, geonameid: p.id, lat: p.coordinate.latitude, lon: p.coordinate.longitude, country: p.countryCode)
        }
        try container.encode(check.stated == nil ? "direction" : "distance", forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(place(check.subject), forKey: .subject)
        try container.encode(place(check.reference), forKey: .reference)
        try container.encode(Stated(distance_km: check.stated?.distance.kilometres, direction: check.statedDirection?.name), forKey: .stated)
        try container.encode(Measured(distance_km: check.measured.distance.kilometres, bearing_deg: check.measured.initialBearing,
                                      direction: CompassDirection(bearing: check.measured.initialBearing).abbreviation), forKey: .measured)
        try container.encode(Accepted(straight_km: check.straightRange.map { [$0.lowerBound / 1000, $0.upperBound / 1000] },
                                      road_km: check.roadRange.map { [$0.lowerBound / 1000, $0.upperBound / 1000] }), forKey: .accepted)
        try container.encode(check.verdict.rawValue, forKey: .verdict)
        try container.encode(check.explanation, forKey: .explanation)
    }
}
