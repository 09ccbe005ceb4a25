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
            let lookup = try resolver.lookup(name, countryCode: countryCode, limit: listing.limit)
            if let reason = lookup.notAPlace { throw GazetteerError.notAPlace(name, reason) }
            let candidates = lookup.candidates.filter { $0.confidence >= Resolver.listingThreshold }
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

        private enum CodingKeys: String, CodingKey { case population, feature_code, match, matched_name, confidence, region }

        func encode(to encoder: Encoder) throws {
            try PlaceFields(place: candidate.place).encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(candidate.place.population, forKey: .population)
            try container.encode(candidate.place.featureCode, forKey: .feature_code)
            try container.encode(candidate.match.rawValue, forKey: .match)
            try container.encode(candidate.matchedName, forKey: .matched_name)
            try container.encode(candidate.confidence, forKey: .confidence)
            try container.encode(candidate.region?.kind.rawValue, forKey: .region)
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
            properties["confidence"] = .number(candidate.confidence)
            return Feature(geometry: .point(candidate.place.coordinate), properties: properties)
        })
    }

    var text: String {
        var lines: [String] = []
        if candidates[0].confidence < Resolver.confidenceThreshold {
            lines.append("No candidate reaches confidence \(Resolver.confidenceThreshold.formatted(fractionDigits: 1)): `check` would use none of these.")
        }
        for (rank, candidate) in candidates.enumerated() {
            let place = candidate.place
            let region = place.admin1Name.map { ", \($0)" } ?? ""
            let population = place.population > 0 ? ", pop. \(place.population)" : ""
            let feature = place.featureCode.map { ", \($0)" } ?? ""
            lines.append("\(rank + 1). \(place.name) (\(place.countryCode)\(region)) "
                + "\(place.coordinate.latitude.formatted(fractionDigits: 5)), \(place.coordinate.longitude.formatted(fractionDigits: 5))"
                + "\(population)\(feature)")
            let id = candidate.region.map { "\($0.kind == .country ? "country" : "first-level region") (region \($0.id))" } ?? "geonameid \(place.id)"
            lines.append("   \(id); \(candidate.match.rawValue) match on '\(candidate.matchedName)', confidence \(candidate.confidence.formatted(fractionDigits: 3))")
        }
        return lines.joined(separator: "\n")
    }
}
