import Gazetteer
import Geodesy

/// The JSON of `geocheck check --json`:
///
/// ```json
/// {"claims": [{"kind", "text", "span": [start, end], "subject": PLACE, "reference": PLACE|null,
///              "stated": {"distance_km", "direction"}, "measured": {"distance_km", "bearing_deg",
///              "direction", "between"}, "accepted": {…}, "region": …, "border": …,
///              "verdict", "explanation"}],
///  "places": [PLACE…], "unresolved": [{"name", "reason", "probable_country", "import"}],
///  "truncated": false}
/// ```
/// PLACE is `{"name", "geonameid", "lat", "lon", "country", "admin1"}`. Fields that do not apply
/// are null, never left out; kilometres and degrees are plain numbers.
extension CheckReport: Encodable {
    private enum CodingKeys: String, CodingKey { case claims, places, unresolved, truncated }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claims, forKey: .claims)
        try container.encode(places.map(PlaceJSON.init), forKey: .places)
        try container.encode(unresolved.map(UnresolvedJSON.init), forKey: .unresolved)
        try container.encode(isTruncated, forKey: .truncated)
    }
}

/// `{"name", "reason", "probable_country", "import"}`: a name with no place, and the command that
/// would probably add it.
private struct UnresolvedJSON: Encodable {
    let name: String, reason: String, probable_country: String?, `import`: String?
    init(_ unresolved: UnresolvedName) {
        name = unresolved.name
        reason = unresolved.reason.rawValue
        probable_country = unresolved.probableCountry
        `import` = unresolved.importCommand
    }
    private enum CodingKeys: String, CodingKey { case name, reason, probable_country, `import` }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(reason, forKey: .reason)
        try container.encode(probable_country, forKey: .probable_country)
        try container.encode(`import`, forKey: .import)
    }
}

extension CheckedClaim: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, text, span, subject, subjectText = "subject_text", reference, referenceText = "reference_text",
             stated, measured, accepted, region, border, verdict, explanation
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.kind.rawValue, forKey: .kind)
        // A claim checked without a text (`geocheck verify`) has no words and no span.
        let hasText = !claim.text.isEmpty
        try container.encode(hasText ? claim.text : nil, forKey: .text)
        try container.encode(hasText ? claim.span : nil, forKey: .span)
        try container.encode(subject.map(PlaceJSON.init), forKey: .subject)
        try container.encode(claim.subject.name, forKey: .subjectText)
        try container.encode(reference.map(PlaceJSON.init), forKey: .reference)
        try container.encode(claim.reference?.name, forKey: .referenceText)
        try container.encode(StatedJSON(claim: claim), forKey: .stated)
        try container.encode(measured.map(MeasuredJSON.init), forKey: .measured)
        try container.encode(AcceptedJSON(accepted), forKey: .accepted)
        try container.encode(region.map(RegionJSON.init), forKey: .region)
        try container.encode(border.map(BorderJSON.init), forKey: .border)
        try container.encode(verdict.rawValue, forKey: .verdict)
        try container.encode(explanation, forKey: .explanation)
    }
}

private struct PlaceJSON: Encodable {
    let name: String, geonameid: Int, lat: Double, lon: Double, country: String, admin1: String?
    init(_ place: Place) {
        name = place.name
        geonameid = place.id
        lat = place.coordinate.latitude
        lon = place.coordinate.longitude
        country = place.countryCode
        admin1 = place.admin1Name
    }
    private enum CodingKeys: String, CodingKey { case name, geonameid, lat, lon, country, admin1 }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(geonameid, forKey: .geonameid)
        try container.encode(lat, forKey: .lat)
        try container.encode(lon, forKey: .lon)
        try container.encode(country, forKey: .country)
        try container.encode(admin1, forKey: .admin1)
    }
}

private struct StatedJSON: Encodable {
    let claim: Claim
    private enum CodingKeys: String, CodingKey { case distance_km, direction, hedged, by_road, countries, region, relation }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.distance?.distance.kilometres, forKey: .distance_km)
        try container.encode(claim.isCentral ? "central" : claim.direction?.name, forKey: .direction)
        try container.encode(claim.distance?.isHedged, forKey: .hedged)
        try container.encode(claim.distance == nil ? nil : claim.isByRoad, forKey: .by_road)
        try container.encode(claim.countries, forKey: .countries)
        try container.encode(claim.region, forKey: .region)
        try container.encode(claim.borderRelation?.rawValue, forKey: .relation)
    }
}

private struct MeasuredJSON: Encodable {
    let measurement: ClaimMeasurement
    init(_ measurement: ClaimMeasurement) { self.measurement = measurement }
    private enum CodingKeys: String, CodingKey { case distance_km, bearing_deg, direction, between, road_km, road_source }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measurement.distance.kilometres, forKey: .distance_km)
        try container.encode(measurement.bearing, forKey: .bearing_deg)
        try container.encode(measurement.direction?.abbreviation, forKey: .direction)
        try container.encode(measurement.between, forKey: .between)
        try container.encode(measurement.roadDistance?.distance.kilometres, forKey: .road_km)
        try container.encode(measurement.roadDistance?.source, forKey: .road_source)
    }
}

private struct AcceptedJSON: Encodable {
    let accepted: AcceptedRange
    init(_ accepted: AcceptedRange) { self.accepted = accepted }
    private enum CodingKeys: String, CodingKey { case straight_km, road_km, max_km, max_angle_deg }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func km(_ range: ClosedRange<Double>?) -> [Double]? { range.map { [$0.lowerBound / 1000, $0.upperBound / 1000] } }
        try container.encode(km(accepted.straight), forKey: .straight_km)
        try container.encode(km(accepted.road), forKey: .road_km)
        try container.encode(accepted.maximum.map { $0 / 1000 }, forKey: .max_km)
        try container.encode(accepted.angle, forKey: .max_angle_deg)
    }
}

private struct RegionJSON: Encodable {
    let name: String, kind: String, country: String
    init(_ region: Region) {
        name = region.name
        kind = region.kind.rawValue
        country = region.countryCode
    }
}

private struct BorderJSON: Encodable {
    let country: String, name: String, distance_km: Double, nearest_lat: Double, nearest_lon: Double
    let point_in_neighbour_polygon: Bool
    init(_ border: LandBorder) {
        country = border.neighbour.code
        name = border.neighbour.name
        distance_km = border.distance.kilometres
        nearest_lat = border.nearestPoint.latitude
        nearest_lon = border.nearestPoint.longitude
        point_in_neighbour_polygon = border.pointIsInNeighbourPolygon
    }
}
