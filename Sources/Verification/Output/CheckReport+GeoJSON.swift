import Foundation
import GeoJSON
import Gazetteer
import Geodesy
import Routing

extension CheckReport {
    /// Colours by verdict for map tools that read the simplestyle properties (geojson.io,
    /// QGIS with a data-defined style): green, blue, red, grey.
    static let colours: [Verdict: String] = [
        .consistent: "#1a9850", .consistentRoad: "#2c7bb6", .inconsistent: "#d73027", .unverifiable: "#878787",
    ]

    /// The report as GeoJSON features:
    /// - a point per place, with its gazetteer properties (`kind: "place"`);
    /// - a line per claim between two places, from the reference to the subject, along the
    ///   geodesic and cut at the antimeridian (`kind: "claim"`), with the claim's text,
    ///   verdict, explanation, stated and measured figures;
    /// - a line from a border claim's place to the nearest border point (`kind: "claim"`);
    /// - for a stated distance, the circle of that radius around the reference
    ///   (`kind: "stated_distance"`), so the map shows where the text puts the place.
    public func features() throws -> [Feature] {
        var features: [Feature] = []
        for (number, checked) in claims.enumerated() {
            var properties: [String: JSONValue] = [
                "kind": "claim", "claim": .number(Double(number + 1)), "claim_kind": .string(checked.claim.kind.rawValue),
                "text": .string(checked.claim.text), "verdict": .string(checked.verdict.rawValue),
                "explanation": .string(checked.explanation),
                "stroke": .string(Self.colours[checked.verdict] ?? "#878787"), "stroke-width": 3,
            ]
            properties["stated_km"] = checked.claim.distance.map { .number($0.distance.kilometres) } ?? .null
            properties["stated_direction"] = checked.claim.direction.map { .string($0.name) } ?? .null
            properties["measured_km"] = checked.measured.map { .number($0.distance.kilometres) } ?? .null
            properties["bearing_deg"] = checked.measured?.bearing.map(JSONValue.number) ?? .null
            guard let subject = checked.subject else { continue }
            if let reference = checked.reference, reference.id != subject.id {
                properties["from"] = .string(reference.name)
                properties["to"] = .string(subject.name)
                let path = Route(stops: [reference, subject]).path
                features.append(Feature(geometry: Antimeridian.cut(line: path.map { [$0.longitude, $0.latitude] }), properties: properties))
                if let stated = checked.claim.distance, let circle = try Self.circle(around: reference.coordinate, radius: stated.distance) {
                    features.append(Feature(geometry: circle, properties: [
                        "kind": "stated_distance", "claim": .number(Double(number + 1)), "centre": .string(reference.name),
                        "radius_km": .number(stated.distance.kilometres), "text": .string(checked.claim.text),
                        "stroke": .string(Self.colours[checked.verdict] ?? "#878787"), "stroke-width": 1,
                        "fill": .string(Self.colours[checked.verdict] ?? "#878787"), "fill-opacity": 0.04,
                    ]))
                }
            } else if let border = checked.border {
                properties["from"] = .string(subject.name)
                properties["to"] = .string("\(border.neighbour.name) border")
                let path = Geodesic.wgs84.points(from: subject.coordinate, to: border.nearestPoint, maximumSpacing: Distance(metres: 1_000))
                features.append(Feature(geometry: Antimeridian.cut(line: path.map { [$0.longitude, $0.latitude] }), properties: properties))
            }
        }
        for place in places {
            var properties = place.geoJSONProperties
            properties["kind"] = "place"
            let verdicts = claims.filter { $0.subject?.id == place.id }.map { JSONValue.string($0.verdict.rawValue) }
            properties["verdicts"] = .array(verdicts)
            features.append(Feature(geometry: .point(place.coordinate), properties: properties))
        }
        return features
    }

    /// The geodesic circle of `radius` around `centre`, 72 points, or nil when it would reach
    /// a pole (no longitude/latitude polygon draws that).
    static func circle(around centre: Coordinate, radius: Distance) throws -> GeoJSONGeometry? {
        let poleDistance = Geodesic.wgs84.inverse(from: centre, to: Coordinate(latitude: centre.latitude >= 0 ? 90 : -90, longitude: centre.longitude)).distance
        guard radius.metres > 0, radius < poleDistance else { return nil }
        var ring: [Position] = []
        var lastLongitude = centre.longitude
        for step in 0...72 {
            let point = Geodesic.wgs84.destination(from: centre, bearing: Double(step % 72) * 5, distance: radius).coordinate
            // Keep longitudes continuous so the antimeridian cut can find the crossing.
            let longitude = lastLongitude + Bearing.signedDifference(from: lastLongitude, to: point.longitude)
            lastLongitude = longitude
            ring.append([longitude, point.latitude])
        }
        ring[ring.count - 1] = ring[0]
        return try Antimeridian.cut(polygon: [ring])
    }
}
