import ArgumentParser
import Gazetteer
import GeoJSON
import Routing
import Server

/// `geocheck place NAME`: ranked candidates for a place name.
struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Look up a place by name, however it is spelled.",
        discussion: """
        Names may carry a country: "Homs, Syria". Transliterations (Hims, al-Waer / Al Wa'r), \
        Arabic script and small typos are understood. Exit code 3 when nothing matches.
        """
    )

    @Argument(help: "The place name.")
    var name: String

    @Option(name: .long, help: ArgumentHelp("Only places in this country (ISO code or name).", valueName: "CC"))
    var country: String?

    @OptionGroup var listing: ListingOptions

    func validate() throws {
        try GazetteerAccess.requireName(name)
    }

    func run() throws {
        let index = try GazetteerAccess.open()
        do {
            let countryCode = try GazetteerAccess.countryCode(country, in: index)
            let resolver = Resolver(index: index)
            let candidates = try resolver.candidates(for: name, countryCode: countryCode, limit: listing.limit)
            guard !candidates.isEmpty else {
                throw GazetteerError.unknownPlace(name, suggestions: try resolver.suggestions(for: name))
            }
            let report = PlaceReport(query: name, candidates: candidates)
            if listing.geojson {
                try GeoJSONOutput.write(report.featureCollection, to: nil)
            } else {
                print(listing.json ? try JSONOutput.string(report) : report.text)
            }
        } catch let error as GazetteerError {
            throw CLIError.gazetteer(error)
        }
    }
}
