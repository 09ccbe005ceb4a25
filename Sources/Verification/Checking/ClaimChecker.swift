import Gazetteer
import Geodesy
import Geometry

/// Gives one claim its verdict, once its places are resolved; the kinds have their own files.
struct ClaimChecker {
    let index: GazetteerIndex
    let model: ToleranceModel
    var resolver: MentionResolver
    /// Region outlines and land borders, kept from text to text; borrowed for this one.
    let shapes: RegionShapes
    /// Road distances, where an imported OpenStreetMap extract covers a claim's places.
    var roads = RoadMeasurement()
    /// The names the text uses, most frequent first ("Daghestan", "Makhachkala"): a region among
    /// them is one the text is about.
    var textNames: [String] = []

    init(index: GazetteerIndex, model: ToleranceModel, resolver: MentionResolver, shapes: RegionShapes) {
        self.index = index
        self.model = model
        self.resolver = resolver
        self.shapes = shapes
    }

    /// The land borders of a country, worked out once and kept with the shapes.
    func borders(of countryCode: String) throws -> CountryBorders {
        try shapes.borders(of: countryCode, in: index)
    }

    /// Places smaller than this (and no seats) share their names with many others.
    static let namesakeProneSize = 50_000

    mutating func check(_ claim: Claim, subject: MentionResolver.Resolution?, reference: MentionResolver.Resolution?) throws -> CheckedClaim {
        var subject = subject, reference = reference
        var namesakeNote: String?
        if let (resolution, note) = namesakeByFigure(claim, subject: subject, reference: reference) {
            if case .ambiguous? = subject { subject = resolution } else { reference = resolution }
            namesakeNote = note
        }
        var checked = try measure(claim, subject: subject, reference: reference)
        if let namesakeNote { checked.explanation += " (\(namesakeNote))" }
        // A place found only by a loose spelling may be a namesake of the one meant, missing
        // from the gazetteer: what it measures is shown, but not called wrong, unless the text's
        // own direction agrees with the bearing (Rajouri, "north" of Jammu, is the Rajauri there).
        let corroborated = claim.direction.flatMap { direction in
            checked.measured?.bearing.map { direction.angle(to: $0) <= model.allowedAngle(for: direction) }
        } ?? false
        // Wrong in every respect (the figure off by more than half and the direction by more than
        // 60°) about a small place: a namesake of the place meant is likelier than a claim so
        // wrong ("Partapur, 350 km south of Raipur": the gazetteer's only Partāpur, 10,758 people,
        // lies 811 km west-north-west). Cities are rarely mistaken so.
        let small = [subject?.place, reference?.place].contains { place in
            guard let place else { return false }
            return place.population < Self.namesakeProneSize && !["PPLA", "PPLC"].contains(place.featureCode ?? "")
        }
        // A figure off by more than four times says the same without a direction ("Bani, a town
        // about 40 km from Dori": the gazetteer's only Bani is 5,000 km away).
        // Off by more than twenty times, no reporter's slip explains it, whatever the places' size.
        if checked.verdict == .inconsistent, claim.kind == .distance, let stated = claim.distance, stated.bound == nil,
           let measured = checked.measured, measured.distance.metres > 0 {
            let ratio = stated.distance.metres / measured.distance.metres
            // ("Wildwood, 115 km west of Edmonton": the gazetteer's only Wildwood, a part of
            // Calgary, lies 282 km away, 80° off.)
            let turned = claim.direction.flatMap { direction in measured.bearing.map { direction.angle(to: $0) > 60 } } ?? false
            if (small && ((turned && (ratio < 0.5 || ratio > 2)) || ratio < 0.25 || ratio > 4)) || ratio < 0.05 || ratio > 20 {
                checked.verdict = .unverifiable
                checked.explanation = "both the figure and the direction are far off, so the places found may not be the ones meant: "
                    + checked.explanation
            }
        }
        // A place the text described before naming it ("a town in northern Burkina Faso … Bani")
        // may be another place than the one named next.
        // A reference the text leaves unsaid ("130 km to the east") is a reading: wrong, it says
        // more about the reading than about the text.
        if claim.reference?.isDescription == true, claim.kind == .distance || claim.kind == .direction, let from = reference?.place {
            if checked.verdict == .inconsistent {
                checked.verdict = .unverifiable
                checked.explanation = "the text does not name the place the figure is measured from; from \(from.name), named before: "
                    + checked.explanation
            } else if checked.subject != nil {
                checked.explanation += " (from \(from.name), the place named before)"
            }
        }
        if checked.verdict == .inconsistent, claim.subject.isDescription, claim.kind == .containment || claim.kind == .position {
            checked.verdict = .unverifiable
            checked.explanation = "the text describes a place (“\(claim.text)”) and names “\(claim.subject.name)” after it, which may be another: "
                + checked.explanation
        } else if checked.verdict == .inconsistent, claim.subject.isDescription, claim.kind != .capital {
            // "It was about 26 km from Nurdagi": "it" read as the place the text was last about, a guess.
            checked.verdict = .unverifiable
            checked.explanation = "the text does not name the place here; read as \(claim.subject.name), named before, which may not be the one meant: "
                + checked.explanation
        }
        if checked.verdict == .inconsistent, !corroborated, let loose = [(claim.subject, subject), (claim.reference, reference)]
            .first(where: { $0.0 != nil && $0.1?.looseMatch != nil }), let mention = loose.0, let match = loose.1?.looseMatch {
            checked.verdict = .unverifiable
            checked.explanation = "“\(mention.name)” was found only as \(match), which may be another place: " + checked.explanation
        }
        if checked.verdict == .inconsistent, claim.kind == .containment, case .place(let found)? = subject, let region = checked.region {
            if found.match != .exact, !found.place.isRegion, region.countryCode != found.place.countryCode {
                // "Dapu township in Chiayi county" (Taiwan): the gazetteer's only Dapu is Tai Po, Hong
                // Kong, by one of its other names; a namesake missing from the gazetteer is likelier.
                checked.verdict = .unverifiable
                checked.explanation = "“\(claim.subject.name)” was found only as another name of \(found.place.name) "
                    + "(\(found.place.countryCode)), which may be a namesake of the place meant: " + checked.explanation
            } else if found.place.isCapital, region.kind == .admin1, region.countryCode == found.place.countryCode {
                // "Sarpol-e Zahab, around 320 miles west of Tehran, in Kermanshah Province": no reporter
                // misplaces their country's capital; the words place another place.
                checked.verdict = .unverifiable
                checked.explanation = "\(found.place.name) is its country's capital, which a report would not misplace; "
                    + "the words likely place another place named near it: " + checked.explanation
            }
        }
        return checked
    }

    private mutating func measure(_ claim: Claim, subject: MentionResolver.Resolution?, reference: MentionResolver.Resolution?) throws -> CheckedClaim {
        guard let subjectPlace = subject?.place else {
            return unverifiable(claim, because: try reason(claim.subject, subject))
        }
        var referencePlace: Place?
        if let mention = claim.reference {
            guard let place = reference?.place else {
                return unverifiable(claim, subject: subjectPlace, because: try reason(mention, reference))
            }
            referencePlace = place
        }
        if claim.kind == .border, subjectPlace.isRegion, referencePlace == nil {
            return try checkRegionBorder(claim, subject: subjectPlace)
        }
        if [.distance, .direction].contains(claim.kind), let referencePlace, subjectPlace.isRegion || referencePlace.isRegion,
           let subjectPoint = try seatNamedAlike(subjectPlace), let referencePoint = try seatNamedAlike(referencePlace) {
            return try measureFromSeats(claim, subject: subjectPlace, reference: referencePlace, seats: (subjectPoint, referencePoint))
        }
        if claim.kind == .direction, let referencePlace, subjectPlace.isRegion || referencePlace.isRegion,
           try [subjectPlace, referencePlace].allSatisfy({ place throws in try !isCountry(place) }) {
            return measureFromCentres(claim, subject: subjectPlace, reference: referencePlace)
        }
        if let region = [subjectPlace, referencePlace].compactMap({ $0 }).first(where: \.isRegion),
           [.distance, .direction, .border].contains(claim.kind) {
            // A distance to a whole region has no one point to measure from.
            return unverifiable(claim, subject: subjectPlace,
                                because: "\(region.name) is a region; distances and borders are measured between places")
        }
        switch claim.kind {
        case .distance, .direction:
            guard let referencePlace else { return unverifiable(claim, subject: subjectPlace, because: "no place to measure from") }
            let check = DistanceCheck(subject: subjectPlace, reference: referencePlace, stated: claim.distance,
                                      direction: claim.direction, model: model)
            var checked = CheckedClaim(claim: claim, distanceCheck: check, model: model)
            roads.apply(to: &checked, check: check, model: model)
            if checked.verdict == .inconsistent, let note = try regionReading(of: check) {
                checked.verdict = .unverifiable
                checked.explanation = note + "; " + checked.explanation
            }
            if claim.isByRoad { checked.explanation += " (the text says by road)" }
            return checked
        case .border:
            if claim.borderRelation == .across {
                guard let referencePlace else { return unverifiable(claim, subject: subjectPlace, because: "no place it faces") }
                return try checkAcross(claim, subject: subjectPlace, facing: referencePlace)
            }
            return try checkBorder(claim, subject: subjectPlace)
        case .containment:
            // "Malawi's southern Mangoche district": a country or region owns it, not a city.
            if let referencePlace, referencePlace.isRegion, let id = referencePlace.regionID, let region = try index.region(id: id) {
                return try checkContainment(claim, subject: subjectPlace, in: region)
            }
            // "the Cabo Delgado district of Mocimboa da Praia": a first-level region is no part of a
            // town; the text names the town's district and the province it lies in.
            if let referencePlace, !referencePlace.isRegion, let town = claim.reference, let id = subjectPlace.regionID,
               let region = try index.region(id: id), region.kind == .admin1 {
                var turned = claim
                turned.subject = town
                turned.reference = claim.subject
                var inRegion = try checkContainment(turned, subject: referencePlace, in: region)
                inRegion.explanation = "\(subjectPlace.name) is a region, read as where \(referencePlace.name) lies: " + inRegion.explanation
                return inRegion
            }
            if let referencePlace {
                let quarter = checkQuarter(claim, subject: subjectPlace, city: referencePlace)
                // "Udon Thani's Ban Dung district": beyond the city, a district of the province
                // the city is the seat of and named after.
                // (A neighbourhood or a suburb is the city's.)
                let unit = claim.text.lowercased().split(whereSeparator: { !$0.isLetter })
                    .contains { Self.secondLevelNouns.contains(String($0)) }
                if quarter.verdict != .consistent, unit, ["PPLA", "PPLC"].contains(referencePlace.featureCode),
                   let region = try index.region(of: referencePlace), region.kind == .admin1,
                   Self.coreName(region.name) == Self.coreName(referencePlace.name) {
                    var inRegion = try checkContainment(claim, subject: subjectPlace, in: region)
                    inRegion.explanation = "\(referencePlace.name) names its province too: " + inRegion.explanation
                    return inRegion
                }
                return quarter
            }
            return try checkContainment(claim, subject: subjectPlace)
        case .position:
            return try checkPosition(claim, subject: subjectPlace)
        case .capital:
            return try checkCapital(claim, subject: subjectPlace)
        }
    }

    /// Why a mention has no place, and what would give it one: "no place named ‘Nerkh’ in the
    /// gazetteer; import the country's GeoNames file (geocheck gazetteer import AF.txt)".
    func reason(_ mention: PlaceMention, _ resolution: MentionResolver.Resolution?) throws(GazetteerError) -> String {
        switch resolution {
        case .ambiguous(let candidates)?:
            let options = candidates.prefix(3).map {
                "\($0.place.name) (\($0.place.countryCode)\($0.place.admin1Name.map { ", \($0)" } ?? ""), \($0.confidence.formatted(fractionDigits: 2)))"
            }
            return "“\(mention.name)” is ambiguous: \(options.joined(separator: " or ")); name the country or region"
        case .notAPlace(let reason)?:
            return "“\(mention.name)” is \(reason.description), not a place"
        case .weak(let best)? where best.confidence >= Resolver.confidenceThreshold:
            // Set aside by the text's context, not by its spelling.
            return "the only ‘\(mention.name)’ the gazetteer has, \(best.place.name) (\(best.place.countryCode)\(best.place.admin1Name.map { ", \($0)" } ?? "")), "
                + "lies far from the text's other places and countries; the place meant may be missing from it\(try coverageHint())"
        case .weak(let best)? where best.confidence < Resolver.listingThreshold:
            // Too faint to be worth naming: "Sarmada" is not "Charāmaddi" at 0.07.
            return "no place named ‘\(mention.name)’ in the gazetteer\(try coverageHint())"
        case .weak(let best)?:
            return "no place named ‘\(mention.name)’ with confidence (closest: \(best.place.name), \(best.place.countryCode), "
                + "a \(best.match.rawValue) match at \(best.confidence.formatted(fractionDigits: 2)))\(try coverageHint())"
        case .notFound?:
            if let country = mention.capitalOf {
                return "no capital found for “\(country.isEmpty ? "the country" : country)”; the text names no country"
            }
            return "no place named ‘\(mention.name)’ in the gazetteer\(try coverageHint())"
        case .place?, nil:
            return "“\(mention.name)” was not resolved"
        }
    }

    /// "; import the country's GeoNames file (geocheck gazetteer import SY.txt)", for the
    /// country the text is most probably about.
    func coverageHint() throws(GazetteerError) -> String {
        guard let code = resolver.probableCountry else { return "; import the GeoNames file of its country (geocheck gazetteer import XX.txt, XX its ISO code)" }
        let name = try countryName(code)
        // "the Philippines' GeoNames file", "Syria's".
        return "; import \(name)\(name.hasSuffix("s") ? "'" : "'s") GeoNames file (geocheck gazetteer import \(code).txt)"
    }

    func unverifiable(_ claim: Claim, subject: Place? = nil, because reason: String) -> CheckedClaim {
        CheckedClaim(claim: claim, subject: subject, verdict: .unverifiable, explanation: reason)
    }

    /// The ISO code of the first country a claim names ("Turkish", "Nigeria"), `fallback` when it
    /// names none. Capitalized words that name no country ("the Kurdish regional capital",
    /// "the Houthi-controlled capital") are passed over.
    mutating func namedCountry(in claim: Claim, otherwise fallback: String) throws -> String {
        for word in claim.countries {
            // "Congo's eastern city of Goma": a name two countries share means the place's own
            // country when it is either.
            if let code = try resolver.countryCode(for: word, preferring: fallback) { return code }
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
