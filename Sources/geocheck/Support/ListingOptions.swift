import ArgumentParser

/// The options of commands that list places: how many, and whether as JSON.
struct ListingOptions: ParsableArguments {
    @Option(name: .long, help: "How many places to list (1 to 100).")
    var limit = 5

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Print a GeoJSON FeatureCollection (RFC 7946) instead of text.")
    var geojson = false

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be 1 to 100") }
        guard !(json && geojson) else { throw ValidationError("give --json or --geojson, not both") }
    }
}
