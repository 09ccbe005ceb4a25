import Gazetteer
import Geodesy

extension ClaimChecker {
    /// A place smaller than this found outside the region a text puts it in is taken for a
    /// namesake of a place the gazetteer lacks (unverifiable), not for a wrong claim.
    static let namesakeVillagePopulation = 10_000

    /// How many places of the gazetteer must bear a name for it to count as a common one.
    static let commonNameBearers = 4
    /// A place of a common name smaller than this, found outside the region a text puts it in,
    /// is taken for a namesake of one the gazetteer lacks.
    static let commonNameSize = 100_000

    /// How many places of the gazetteer bear the place's primary name (itself included).
    func namesakeCount(of place: Place) throws -> Int {
        let key = NameKey.folded(place.name)
        let found = try resolver.resolver.candidates(for: place.name, allowingTypos: false, limit: 20)
        return found.filter { !$0.isRegion && NameKey.folded($0.place.name) == key }.count
    }

    /// "the al-Waer neighbourhood of Homs": the neighbourhood's point within
    /// ``ToleranceModel/quarterDistance(in:)`` of the city's.
    func checkQuarter(_ claim: Claim, subject: Place, city: Place) -> CheckedClaim {
        // "the Houston suburb of Friendswood": the city may come before the noun and the quarter
        // after it; a city is no quarter of a place less than half its size.
        if subject.population > 2 * city.population, !subject.isRegion, !city.isRegion, let quarter = claim.reference {
            var turned = claim
            turned.reference = claim.subject
            turned.subject = quarter
            return checkQuarter(turned, subject: city, city: subject)
        }
        let gap = Geodesic.wgs84.inverse(from: city.coordinate, to: subject.coordinate)
        let measured = ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(city.name)")
        func result(_ verdict: Verdict, _ explanation: String, accepted: AcceptedRange = AcceptedRange()) -> CheckedClaim {
            CheckedClaim(claim: claim, subject: subject, reference: city, measured: measured, accepted: accepted,
                         verdict: verdict, explanation: explanation)
        }
        // "Quito's northern Carcelén district" found only as a Carcelén in Spain: a quarter of a
        // city lies in the city's country, so this is another place of the name, not an error.
        guard subject.countryCode == city.countryCode else {
            return result(.unverifiable, "the ‘\(subject.name)’ found is in \(subject.countryCode), \(gap.distance.formatted(fractionDigits: 0)) "
                + "from \(city.name) (\(city.countryCode)): another place of the name; the one meant may be missing from the gazetteer")
        }
        // "Moreh in Tengnoupal", "the Vikasnagar area of Dehradun": unless a noun says a part of
        // the town, the town may stand for the district named after it, which reaches farther
        // than the town; near enough, that is no error. ("Area" and "district" name such units too.)
        let words = Set(claim.text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let limit = words.isDisjoint(with: ["suburb", "suburbs", "outskirts", "commuter"])
            ? model.quarterDistance(in: city) : model.suburbDistance(of: city)
        let holds = gap.distance <= limit
        let reach = Distance(metres: 2 * Self.districtReach.metres + model.radius(of: city).metres)
        if !holds, words.isDisjoint(with: Self.townPartNouns),
           gap.distance <= reach {
            return result(.unverifiable, "\(subject.name) is \(gap.distance.formatted(fractionDigits: 1)) from the centre of \(city.name), beyond the "
                + "town's extent (\(limit.formatted(fractionDigits: 1))) but within \(reach.formatted(fractionDigits: 0)): \(city.name) may name the district around it")
        }
        // "the border village of Chernechchyna in the Krasnopillia community", 61 km from the
        // gazetteer's Krasnopillya: a village that far out is likelier a namesake of one the
        // gazetteer lacks than a claim so wrong.
        // "Pishin county in the city of Sarbaz": a town is no part of a smaller one; the text
        // means the unit named after it, whose reach is unknown.
        if !holds, !subject.isRegion, subject.population > city.population {
            return result(.unverifiable, "\(subject.name) (population \(subject.population)) is \(gap.distance.formatted(fractionDigits: 1)) "
                + "from \(city.name), a smaller place (population \(city.population)): \(city.name) may name a unit around it")
        }
        // (Not "the Baba Amr neighbourhood of Aleppo": a part of a town named as such is meant.)
        if !holds, !subject.isRegion, subject.population < Self.namesakeVillagePopulation, words.isDisjoint(with: Self.townPartNouns) {
            return result(.unverifiable, "the ‘\(subject.name)’ found is \(gap.distance.formatted(fractionDigits: 1)) from the centre of "
                + "\(city.name), beyond its extent (\(limit.formatted(fractionDigits: 1))); a village so far out may be another of the "
                + "name, and the one meant missing from the gazetteer")
        }
        return result(holds ? .consistent : .inconsistent,
                      "\(subject.name) is \(gap.distance.formatted(fractionDigits: 1)) from the centre of \(city.name): "
                          + (holds ? "within" : "beyond") + " its extent (\(limit.formatted(fractionDigits: 1)))",
                      accepted: AcceptedRange(maximum: limit.metres))
    }

    /// How far outside the country or region a text puts it a place found in another country
    /// may lie and still be the place meant (a reporter's slip between neighbours); farther, it
    /// is a namesake.
    static let namesakeReach = Distance(metres: 1_500_000)

    /// Nouns that say a place is part of a town, not of the district named after it.
    static let townPartNouns: Set<String> = [
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter", "suburb", "suburbs", "outskirts", "borough",
    ]

    /// Nouns for units below the first level, which news names after their main town and the
    /// boundaries do not hold: "the district of Maarat al-Numan", "Gwoza local government area".
    static let secondLevelNouns: Set<String> = ["district", "county", "municipality", "subdistrict", "area", "commune", "township", "tehsil"]

    /// How far from the town a district is named after a place in it may lie and surely be in it.
    static let districtReach = Distance(metres: 30_000)

    /// "Kafr Nabl, in the district of Maarat al-Numan": a district's outline is not in the
    /// boundaries, so a place near its town (within ``districtReach``) holds and one farther is
    /// unverifiable, never wrong on a guess at the district's size.
    func checkDistrict(_ claim: Claim, subject: Place, town: Place, named: String) -> CheckedClaim {
        let gap = Geodesic.wgs84.inverse(from: town.coordinate, to: subject.coordinate)
        let measured = ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(town.name)")
        let reach = Distance(metres: Self.districtReach.metres + model.radius(of: town).metres)
        guard gap.distance <= reach else {
            return CheckedClaim(claim: claim, subject: subject, reference: town, measured: measured, verdict: .unverifiable,
                                explanation: "\(subject.name) is \(gap.distance.formatted(fractionDigits: 1)) from \(town.name); the outline of the \(named) is not in the boundaries")
        }
        return CheckedClaim(claim: claim, subject: subject, reference: town, measured: measured, accepted: AcceptedRange(maximum: reach.metres),
                            verdict: .consistent,
                            explanation: "\(subject.name) is \(gap.distance.formatted(fractionDigits: 1)) from \(town.name), within \(reach.formatted(fractionDigits: 0)) of the town the \(named) is named after")
    }

    /// "Saraqib, in Idlib province", "Azaz, a town in northern Syria": the gazetteer's record
    /// (or the polygon) for the country or first-level region, and the position within it
    /// when the claim gives one.
    mutating func checkContainment(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        guard let regionText = claim.region else { return unverifiable(claim, subject: subject, because: "no region named") }
        var region: Region?
        if let code = try resolver.countryCode(for: regionText, preferring: subject.countryCode) {
            region = try index.countryRegion(code: code)
        } else {
            var preferred = subject.countryCode
            if let word = claim.countries.first, let code = try resolver.countryCode(for: word, preferring: subject.countryCode) { preferred = code }
            // "West Darfur": Natural Earth gives the name to two regions (Central Darfur's WOE
            // name is "West Darfur"); of regions of one country with the name, the one holding the
            // place is meant, never a namesake it is not in.
            region = try index.regions(named: regionText, preferredCountry: preferred).first
            if let first = region, first.kind == .admin1, let own = try index.region(of: subject), own.id != first.id,
               case let spelled = try index.regions(exactlyNamed: regionText),
               spelled.contains(where: { $0.id == first.id }), spelled.contains(where: { $0.id == own.id && $0.countryCode == first.countryCode }) {
                region = own
            }
            // "Raqqa province" where the boundaries say "Ar Raqqah": the region whose seat is Raqqa.
            if region == nil, let seat = try resolver.seat(ofRegionNamed: regionText, preferring: preferred),
               seat.countryCode == subject.countryCode || seat.countryCode == preferred {
                region = try index.region(of: seat)
            }
        }
        if subject.isRegion, let region {
            // A region in a country: by its country code; in another region: not measured.
            guard region.kind == .country else {
                return unverifiable(claim, subject: subject, because: "\(subject.name) is a region; regions within regions are not checked")
            }
            let holds = region.countryCode == subject.countryCode
            var explanation = "\(subject.name) is \(holds ? "" : "not ")a region of \(region.name)"
            var verdict: Verdict = holds ? .consistent : .inconsistent
            if holds, claim.direction != nil || claim.isCentral {
                let position = try position(of: subject, in: region, direction: claim.direction, central: claim.isCentral)
                explanation += "; " + position.explanation
                if !position.holds { verdict = position.isBorderline ? .unverifiable : .inconsistent }
            }
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: verdict, explanation: explanation)
        }
        guard let region else {
            // "Sheikh Maqsoud, in Aleppo" where no region has the name: a city. "Maarat al-Numan
            // district": a district, named after its town.
            let words = regionText.split(separator: " ").map(String.init)
            let town = words.filter { !Self.secondLevelNouns.contains($0.lowercased()) }.joined(separator: " ")
            // Not for a name with a first-level word ("Karen State"): that is a region the
            // boundaries lack, not a town; and only a town the resolver stands behind.
            let namesRegion = words.last.map { Vocabulary.firstLevelNouns.contains($0.lowercased()) } ?? false
            if !town.isEmpty, !namesRegion,
               let found = try resolver.resolver.candidates(for: town, context: [subject.coordinate], limit: 1).first,
               found.confidence >= Resolver.confidenceThreshold, case let city = found.place, city.id != subject.id {
                if town.count < regionText.count {
                    return checkDistrict(claim, subject: subject, town: city, named: regionText)
                }
                // "In northern Raqqa": a part of an area, not a neighbourhood: the region the
                // city is the seat of, or nothing to measure.
                if claim.direction != nil || claim.isCentral {
                    guard city.featureCode == "PPLA", let seatRegion = try index.region(of: city) else {
                        return unverifiable(claim, subject: subject, because: "no region named “\(regionText)” to place \(subject.name) in a part of")
                    }
                    return try checkContainment(claim, subject: subject, in: seatRegion)
                }
                return checkQuarter(claim, subject: subject, city: city)
            }
            return unverifiable(claim, subject: subject, because: "no country or region named “\(regionText)”")
        }
        // Natural Earth lists some names twice in a country (Cebu's province and its city): the
        // one the place lies in is the one meant.
        if region.kind == .admin1, let own = try index.region(of: subject), own.id != region.id, own.countryCode == region.countryCode,
           own.name == region.name {
            return try checkContainment(claim, subject: subject, in: own)
        }
        return try checkContainment(claim, subject: subject, in: region)
    }

    /// A place against the outline (or the GeoNames record) of a country or first-level region.
    mutating func checkContainment(_ claim: Claim, subject: Place, in region: Region) throws -> CheckedClaim {
        let containment = try index.containment(of: subject, in: region, shapes: shapes)
        // Without a record, the simplified outline decides; a place whose point lies just outside
        // it, within the place's own radius, still counts (El Paso's point falls in Mexico).
        let radius = model.radius(of: subject)
        let onEdge = containment.byRecord == nil && !containment.byPolygon && containment.distanceToBoundary <= radius
        let isWithin = containment.isWithin || onEdge
        let how: String
        switch (containment.byRecord, onEdge) {
        case (.some, _): how = "by its GeoNames record"
        case (nil, true): how = "its point is \(containment.distanceToBoundary.formatted(fractionDigits: 1)) outside the simplified outline, within the place's radius of \(radius.formatted(fractionDigits: 1))"
        case (nil, false): how = "by the outline"
        }
        var explanation = isWithin
            ? "\(subject.name) is in \(region.name) (\(how))"
            : "\(subject.name) is not in \(region.name) (\(how)); it is in \(subject.admin1Name.map { "\($0), " } ?? "")\(try countryName(subject.countryCode))"
        var verdict: Verdict = isWithin ? .consistent : .inconsistent
        // "Manila's Pasay city": a place just outside a first-level region (within its own radius
        // and the outline's slack) is in its metropolis or its border area: loose, not wrong.
        if !isWithin, region.kind == .admin1, containment.distanceToBoundary.metres <= radius.metres + model.borderOutlineSlack.metres {
            return unverifiable(claim, subject: subject,
                                because: "\(subject.name) lies \(containment.distanceToBoundary.formatted(fractionDigits: 1)) outside \(region.name), "
                                    + "in \(subject.admin1Name.map { "\($0), " } ?? "")\(try countryName(subject.countryCode)): too close to its edge to call it wrong")
        }
        // "Ponta Porã, in the Mato Grosso" where the place's region is Mato Grosso do Sul: the
        // name stated may be the first words of its own region's, cut short.
        if !isWithin, let own = subject.admin1Name, NameKey.folded(own).hasPrefix(NameKey.folded(region.name) + " ") {
            return unverifiable(claim, subject: subject,
                                because: "\(subject.name) is in \(own), whose name begins with “\(region.name)”: the text may mean it")
        }
        // Villages share names: the one the gazetteer has, elsewhere, may not be the one meant.
        // In another country, so may a town ("the Kohistan district in Khyber Pakhtunkhwa": the
        // gazetteer's only Kohistan is Kuhsān, a town of 12,087 in Herat, Afghanistan).
        var namesakeSize = region.countryCode == subject.countryCode ? Self.namesakeVillagePopulation : Self.namesakeProneSize
        // A name many places bear is likelier to have one more the gazetteer lacks: "Wufeng in
        // Hsinchu County" is a township missing from it; its only Taiwanese Wufeng, a district
        // of 65,567 in Taichung, is one of seven.
        var bearers = 1
        if !isWithin, subject.population < Self.commonNameSize {
            bearers = try namesakeCount(of: subject)
            if bearers >= Self.commonNameBearers { namesakeSize = Self.commonNameSize }
        }
        if !isWithin, subject.population < namesakeSize, !subject.isCapital, subject.featureCode != "PPLA" {
            let found = bearers >= Self.commonNameBearers
                ? "\(bearers) places in the gazetteer are named ‘\(subject.name)’; the one found"
                : "the only ‘\(claim.subject.name)’ in the gazetteer\(subject.name == claim.subject.name ? "" : ", \(subject.name),")"
            return unverifiable(claim, subject: subject,
                                because: "\(found) is in \(subject.admin1Name.map { "\($0), " } ?? "")\(try countryName(subject.countryCode)), not \(region.name); the one meant may be missing from it")
        }
        // "Palma in northern Mozambique": the gazetteer's only Palma, on Mallorca, lies 7,000 km
        // away; no report puts a town that far off, so the Palma meant is missing from it.
        if !isWithin, region.countryCode != subject.countryCode, containment.distanceToBoundary.metres > Self.namesakeReach.metres {
            return unverifiable(claim, subject: subject,
                                because: "the ‘\(claim.subject.name)’ the gazetteer has is in \(try countryName(subject.countryCode)), "
                                    + "\(containment.distanceToBoundary.formatted(fractionDigits: 0)) from \(region.name): another place of the name, "
                                    + "missing from the gazetteer, is meant")
        }
        var measured = ClaimMeasurement(distance: containment.distanceToBoundary, bearing: nil, between: "to the outline of \(region.name)")
        var accepted = AcceptedRange()
        if isWithin, claim.direction != nil || claim.isCentral {
            let position = try position(of: subject, in: region, direction: claim.direction, central: claim.isCentral)
            explanation += "; " + position.explanation
            measured = position.measured
            accepted = position.accepted
            if !position.holds { verdict = position.isBorderline ? .unverifiable : .inconsistent }
        }
        return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured, accepted: accepted,
                            verdict: verdict, explanation: explanation)
    }

    /// "the western Syrian city of Homs": the place in the country, in the part named.
    mutating func checkPosition(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        // "the northeastern region of Kenya": a part of a country, not a place in it.
        if let id = subject.regionID, try index.region(id: id)?.kind == .country {
            return unverifiable(claim, subject: subject, because: "\(subject.name) is a country, not a place within one")
        }
        // A scene the text set ("in northern Burkina Faso") is a part of a country; of a region
        // ("in northern Raqqa") it says nothing about the country.
        if claim.isTentative, !claim.countries.isEmpty, try claim.countries.allSatisfy({ word throws in try resolver.countryCode(for: word) == nil }) {
            return unverifiable(claim, subject: subject, because: "\(claim.countries.joined(separator: ", ")) is no country")
        }
        let code = try namedCountry(in: claim, otherwise: subject.countryCode)
        guard let region = try index.countryRegion(code: code) else {
            return unverifiable(claim, subject: subject, because: "no outline for \(try countryName(code))")
        }
        guard subject.countryCode == code else {
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: .inconsistent,
                                explanation: "\(subject.name) is in \(try countryName(subject.countryCode)), not \(try countryName(code))")
        }
        let position = try position(of: subject, in: region, direction: claim.direction, central: claim.isCentral,
                                    unnamed: claim.countries.isEmpty)
        return CheckedClaim(claim: claim, subject: subject, region: region, measured: position.measured, accepted: position.accepted,
                            verdict: position.holds ? .consistent : position.isBorderline ? .unverifiable : .inconsistent,
                            explanation: position.explanation)
    }
}
