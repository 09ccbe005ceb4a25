import Gazetteer
import Geodesy
import Geometry

/// Gives one claim its verdict, once its places are resolved; the kinds have their own files.
struct ClaimChecker {
    let index: GazetteerIndex
    let model: ToleranceModel
    var resolver: MentionResolver
    /// Shapes made while checking one text live here.
    let context: GEOSContext
    /// Each country's land borders, worked out once per text.
    var borders: [String: CountryBorders] = [:]
    /// Road distances, where an imported OpenStreetMap extract covers a claim's places.
    var roads = RoadMeasurement()

    init(index: GazetteerIndex, model: ToleranceModel, resolver: MentionResolver) throws {
        self.index = index
        self.model = model
        self.resolver = resolver
        context = try GEOSContext()
    }

    /// The land borders of a country, from the cache.
    mutating func borders(of countryCode: String) throws -> CountryBorders {
        if let known = borders[countryCode] { return known }
        let made = try CountryBorders(countryCode: countryCode, index: index, context: context)
        borders[countryCode] = made
        return made
    }

    mutating func check(_ claim: Claim, subject: MentionResolver.Resolution?, reference: MentionResolver.Resolution?) throws -> CheckedClaim {
        guard case .place(let subjectPlace)? = subject else {
            return unverifiable(claim, because: Self.reason(claim.subject, subject))
        }
        var referencePlace: Place?
        if let mention = claim.reference {
            guard case .place(let place)? = reference else {
                return unverifiable(claim, subject: subjectPlace, because: Self.reason(mention, reference))
            }
            referencePlace = place
        }
        switch claim.kind {
        case .distance, .direction:
            guard let referencePlace else { return unverifiable(claim, subject: subjectPlace, because: "no place to measure from") }
            let check = DistanceCheck(subject: subjectPlace, reference: referencePlace, stated: claim.distance,
                                      direction: claim.direction, model: model)
            var checked = CheckedClaim(claim: claim, distanceCheck: check, model: model)
            roads.apply(to: &checked, check: check, model: model)
            if claim.isByRoad { checked.explanation += " (the text says by road)" }
            return checked
        case .border:
            return try checkBorder(claim, subject: subjectPlace)
        case .containment:
            if let referencePlace { return checkQuarter(claim, subject: subjectPlace, city: referencePlace) }
            return try checkContainment(claim, subject: subjectPlace)
        case .position:
            return try checkPosition(claim, subject: subjectPlace)
        case .capital:
            return try checkCapital(claim, subject: subjectPlace)
        }
    }

    /// Why a mention has no place: "“Xyzzy” is not in the gazetteer (closest: …)".
    static func reason(_ mention: PlaceMention, _ resolution: MentionResolver.Resolution?) -> String {
        switch resolution {
        case .ambiguous(let places)?:
            let options = places.prefix(3).map { "\($0.name) (\($0.countryCode), \($0.admin1Name ?? $0.admin1Code))" }
            return "“\(mention.name)” is ambiguous: \(options.joined(separator: " or ")); name the country or region"
        case .notFound?:
            if let country = mention.capitalOf {
                return "no capital found for “\(country.isEmpty ? "the country" : country)”; the text names no country"
            }
            return "“\(mention.name)” is not in the gazetteer"
        case .place?, nil:
            return "“\(mention.name)” was not resolved"
        }
    }

    func unverifiable(_ claim: Claim, subject: Place? = nil, because reason: String) -> CheckedClaim {
        CheckedClaim(claim: claim, subject: subject, verdict: .unverifiable, explanation: reason)
    }

    /// The ISO code of the first country a claim names ("Turkish", "Nigeria"), `fallback` when it
    /// names none. Capitalized words that name no country ("the Kurdish regional capital",
    /// "the Houthi-controlled capital") are passed over.
    mutating func namedCountry(in claim: Claim, otherwise fallback: String) throws -> String {
        for word in claim.countries {
            if let code = try resolver.countryCode(for: word) { return code }
        }
        return fallback
    }

    /// "Syria" for "SY", or the code itself when the gazetteer has no such country.
    func countryName(_ code: String) throws(GazetteerError) -> String {
        try index.country(code: code)?.name ?? code
    }
}

extension CheckedClaim {
    /// A distance or direction claim checked by ``DistanceCheck``.
    init(claim: Claim, distanceCheck check: DistanceCheck, model: ToleranceModel) {
        self.init(claim: claim, subject: check.subject, reference: check.reference,
                  measured: ClaimMeasurement(distance: check.measured.distance, bearing: check.measured.initialBearing,
                                        between: "from \(check.reference.name)"),
                  accepted: AcceptedRange(straight: check.straightRange, road: check.roadRange,
                                          angle: check.statedDirection.map(model.allowedAngle(for:))),
                  verdict: check.verdict, explanation: check.explanation)
    }
}
