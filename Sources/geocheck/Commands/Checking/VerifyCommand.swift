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
        Example: geocheck verify Homs Damascus --distance "162 km" --direction north. The distance \
        may be hedged ("about 160 km"). Verdicts: consistent, consistent_road (fits a road \
        distance, not the straight line), inconsistent. Exit code 0 when the claim holds, 1 when \
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
        let checked = Verifier(index: index).checkDistance(
            subject: subjectPlace, reference: referencePlace, stated: try distance.map { try StatedDistance(parsing: $0) },
            direction: direction.flatMap(CompassDirection.init(parsing:)))
        if json {
            try StandardOutput.print(try JSONOutput.string(checked))
        } else {
            try StandardOutput.print("\(checked.verdict.rawValue): \(subjectPlace.name) from \(referencePlace.name): \(checked.explanation)")
        }
        if checked.verdict == .inconsistent { throw ExitCode(1) }
    }
}
