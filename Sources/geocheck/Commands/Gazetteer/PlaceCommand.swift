import ArgumentParser
import Gazetteer
import GeoJSON
import Routing

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
                try StandardOutput.print(listing.json ? try JSONOutput.string(report) : report.text)
            }
        } catch let error as GazetteerError {
            throw CLIError.gazetteer(error)
        }
    }
}

/// What `geocheck place` prints.
struct PlaceReport: Encodable {
    let query: String
    let candidates: [PlaceCandidate]

    private struct Row: Encodable {
        let candidate: PlaceCandidate

        private enum CodingKeys: String, CodingKey { case population, feature_code, match, matched_name, score }

        func encode(to encoder: Encoder) throws {
            try PlaceFields(place: candidate.place).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(candidate.place.population, forKey: .population)
            try container.encode(candidate.place.featureCode, forKey: .feature_code)
            try container.encode(candidate.match.rawValue, forKey: .match)
            try container.encode(candidate.matchedName, forKey: .matched_name)
            try container.encode(candidate.score, forKey: .score)
        }
    }

    private enum CodingKeys: String, CodingKey { case query, candidates }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(candidates.map(Row.init), forKey: .candidates)
    }

    /// The candidates as points, best first, with their rank, match and score.
    var featureCollection: FeatureCollection {
        FeatureCollection(features: candidates.enumerated().map { rank, candidate in
            var properties = candidate.place.geoJSONProperties
            properties["query"] = .string(query)
            properties["rank"] = .number(Double(rank + 1))
            properties["match"] = .string(candidate.match.rawValue)
            properties["matched_name"] = .string(candidate.matchedName)
            properties["score"] = .number(candidate.score)
            return Feature(geometry: .point(candidate.place.coordinate), properties: properties)
        })
    }

    var text: String {
        var lines: [String] = []
        if candidates.count > 1, candidates[1].score >= candidates[0].score - 0.05 {
            lines.append("Ambiguous: \(candidates.count) places could be '\(query)'; the best first.")
        }
        for (rank, candidate) in candidates.enumerated() {
            let place = candidate.place
            let region = place.admin1Name.map { ", \($0)" } ?? ""
            let population = place.population > 0 ? ", pop. \(place.population)" : ""
            let feature = place.featureCode.map { ", \($0)" } ?? ""
            lines.append("\(rank + 1). \(place.name) (\(place.countryCode)\(region)) "
                + "\(place.coordinate.latitude.formatted(fractionDigits: 5)), \(place.coordinate.longitude.formatted(fractionDigits: 5))"
                + "\(population)\(feature)")
            lines.append("   geonameid \(place.id); \(candidate.match.rawValue) match on '\(candidate.matchedName)', score \(candidate.score)")
        }
        return lines.joined(separator: "\n")
    }
}
