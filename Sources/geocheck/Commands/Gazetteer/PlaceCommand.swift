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
        Names may carry a country: "Homs, Syria". News romanisations (Hawija / Al Ḩawījah, \
        Djerablous), Arabic script and small typos are understood; countries and first-level \
        regions ("Idlib province") are places too. Each candidate has a confidence from 0 to 1; \
        those at 0.2 or more are listed. Exit code 3 when none is (with names close to the \
        query), or when the name is an organisation, a group or a physical feature.
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
            let candidates = try resolver.listing(name, countryCode: countryCode, limit: listing.limit)
            let report = PlaceReport(query: name, candidates: candidates)
            if listing.geojson {
                try GeoJSONOutput.write(report.featureCollection, to: nil)
            } else {
                try StandardOutput.print(listing.json ? try JSONOutput.string(report) : report.text)
            }
        } catch let error as GazetteerError {
            throw CLIError.gazetteer(error)
        }
    }
}
