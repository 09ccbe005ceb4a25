import Gazetteer
import GeoJSON
import Geodesy
import Routing

/// What `geocheck place` prints and `GET /v1/places` returns: the ranked candidates for a name.
public struct PlaceReport: Encodable, Sendable {
    /// The name as asked.
    public let query: String
    /// The candidates, best first.
    public let candidates: [PlaceCandidate]

    public init(query: String, candidates: [PlaceCandidate]) {
        self.query = query
        self.candidates = candidates
    }

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

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(candidates.map(Row.init), forKey: .candidates)
    }

    /// The candidates as points, best first, with their rank, match and confidence.
    public var featureCollection: FeatureCollection {
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

    /// The candidates as `geocheck place` prints them.
    public var text: String {
        var lines: [String] = []
        if let best = candidates.first, best.confidence < Resolver.confidenceThreshold {
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
