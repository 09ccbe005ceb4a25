import Gazetteer
import Geodesy

extension ClaimChecker {
    /// "the border city of Jarablus", "Kilis, near the Syrian border", "Azaz, 5 km from the border
    /// with Turkey": the distance from the place to its country's nearest land border (with the
    /// country named, when one is), against ``ToleranceModel/borderDistance(for:)``.
    mutating func checkBorder(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        var named: [String] = []
        // Capitalized words that name no country ("the Kurdish-held border town") are passed over.
        // A name two countries share ("near the Congo border") may be either's border.
        for word in claim.countries {
            named += try resolver.countryCodes(for: word)
        }
        let home = try countryName(subject.countryCode)
        let others = named.filter { $0 != subject.countryCode }
        // "near Michoacán's border with Jalisco": a border the text gives owners that are no
        // countries is a region's, which the boundaries do not hold.
        let text = claim.text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if named.isEmpty, !claim.countries.isEmpty, text.contains("'s border") || text.contains("border with") {
            return unverifiable(claim, subject: subject,
                                because: "the border named (\(claim.countries.joined(separator: ", "))) is no country's: a region's border, which the boundaries do not hold")
        }
        // "near the Michoacán border with México": a border within the country (a state's, here
        // with México state), which the boundaries do not hold.
        // ("near the Turkish border", of a Turkish town, is its own country's border: checked.)
        if !named.isEmpty, others.isEmpty, claim.text.lowercased().contains("border with") {
            return unverifiable(claim, subject: subject,
                                because: "the border named is within \(home) (a region's border, not the country's), which the boundaries do not hold")
        }
        let borders = try self.borders(of: subject.countryCode)
        guard let nearest = try borders.nearestBorder(from: subject.coordinate, among: others.isEmpty ? nil : Set(others)) else {
            if borders.country.neighbours.isEmpty {
                return CheckedClaim(claim: claim, subject: subject, verdict: .inconsistent,
                                    explanation: "\(subject.name) is in \(home), which has no land border")
            }
            if !others.isEmpty, Set(others).isDisjoint(with: borders.country.neighbours) {
                // "Palma, 30 km from the border with Tanzania", where the gazetteer's only Palma is
                // Spain's: no reporter misplaces a town by a continent; a namesake of a missing place
                // is far likelier.
                let names = try others.map { code throws(GazetteerError) in try countryName(code) }.joined(separator: " or ")
                return unverifiable(claim, subject: subject,
                                    because: "the \(subject.name) found is in \(home), which has no land border with \(names): the place meant is probably another, missing from the gazetteer")
            }
            return unverifiable(claim, subject: subject, because: "no border outlines for \(home)")
        }
        let measured = ClaimMeasurement(distance: nearest.distance,
                                   bearing: nearest.distance.metres > 1 ? Geodesic.wgs84.inverse(from: subject.coordinate, to: nearest.nearestPoint).initialBearing : nil,
                                   between: "to the \(nearest.neighbour.name) border")
        let side = nearest.pointIsInNeighbourPolygon ? " (its point falls on the \(nearest.neighbour.name) side of the simplified outline)" : ""
        let head = "\(subject.name) is \(nearest.distance.formatted(fractionDigits: 1)) from the \(home)–\(nearest.neighbour.name) border\(side)"
        if claim.borderRelation == .distance, let stated = claim.distance {
            // The outlines are simplified: a border line may lie a few kilometres off.
            let slack = Distance(metres: model.slack(for: stated, sizes: [subject]).metres + model.borderOutlineSlack.metres)
            let fit = model.fit(measured: nearest.distance, stated: stated, slack: slack, allowsRoad: false)
            // The nearest point of the line is no crossing: "Mora, about 30 km from the Nigerian
            // border" (21 km to the line) may well be the way by road, which is never shorter.
            let byRoad = fit.kind == .tooLong && model.fit(measured: nearest.distance, stated: stated, slack: slack).kind == .road
            // "Riyadh, around 1,000 km from the border": with no country named, a figure longer
            // than the way to the nearest border may be the way to another.
            if others.isEmpty, fit.verdict == .inconsistent, stated.distance.metres > nearest.distance.metres {
                return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured,
                                    verdict: .unverifiable,
                                    explanation: "stated \(stated.formattedDistance); \(head), the nearest; the text does not say which border it measures to")
            }
            // Only a road explains it: the way to a crossing is unknown, so it cannot be checked
            // as one, and the straight line is no ground to call it wrong.
            if byRoad {
                return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured,
                                    accepted: AcceptedRange(straight: fit.straightRange, road: fit.roadRange), verdict: .unverifiable,
                                    explanation: "stated \(stated.formattedDistance); \(head): longer than the straight line to the border, "
                                        + "as the way by road to a crossing would be; the crossing is not known")
            }
            if fit.verdict == .inconsistent, let namesake = villageNamesake(claim, subject, border: nearest, measured: measured, head: head) { return namesake }
            return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured,
                                accepted: AcceptedRange(straight: fit.straightRange, road: fit.roadRange), verdict: fit.verdict,
                                explanation: "stated \(stated.formattedDistance); \(head): \(fit.summary)"
                                    + (fit.wouldHoldAt.map { " (\($0))" } ?? ""))
        }
        let relation = claim.borderRelation ?? .near
        let limit = model.borderDistance(for: relation).metres + model.radius(of: subject).metres
        let what = relation == .borderTown ? "a border town" : (relation == .on ? "on the border" : "near the border")
        let holds = nearest.distance.metres <= limit
        let limitText = Distance(metres: limit).formatted(fractionDigits: 1)
        // Border words are loose: a place a little past the limit (Sumy, 28 km from Russia, "just
        // across the border") is farther than they usually mean but too close to call them wrong.
        let clearlyBeyond = nearest.distance.metres > model.borderGreyZone(for: relation, beyond: limit).metres
        if !holds, !clearlyBeyond {
            return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured,
                                accepted: AcceptedRange(maximum: limit), verdict: .unverifiable,
                                explanation: "\(head): farther than \(what) usually is (within \(limitText)), too close to call it wrong")
        }
        if !holds, let namesake = villageNamesake(claim, subject, border: nearest, measured: measured, head: head) { return namesake }
        // "Vasilievca near the Ukrainian border" in a report about Moldova, found only as a
        // Ukrainian Vasylivka: a place the text puts near a country's border is seldom in that
        // country when the text is about another; the one meant is across it.
        if !holds, !named.isEmpty, others.isEmpty, let textCountry = resolver.probableCountry, textCountry != subject.countryCode {
            return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured, accepted: AcceptedRange(maximum: limit),
                                verdict: .unverifiable,
                                explanation: "\(head); the text is about \(try countryName(textCountry)) and names \(home)'s border: the \(claim.subject.name) meant is probably across it, missing from the gazetteer")
        }
        return CheckedClaim(claim: claim, subject: subject, border: nearest, measured: measured,
                            accepted: AcceptedRange(maximum: limit), verdict: holds ? .consistent : .inconsistent,
                            explanation: "\(head): \(holds ? "" : "not ")\(what) (within \(limitText))")
    }

    /// A village the text puts at a border it is far from, found under a name villages share
    /// ("Saliena", less than 10 km from Belarus, found only as an alternate name of Piņķi, a
    /// village 218 km away): likelier another of the name, missing from the gazetteer, than a
    /// claim so wrong. Nil for a town, a capital or a region's seat, which are checked.
    func villageNamesake(_ claim: Claim, _ subject: Place, border: LandBorder, measured: ClaimMeasurement, head: String) -> CheckedClaim? {
        guard subject.population < Self.namesakeVillagePopulation, !subject.isCapital, subject.featureCode != "PPLA", !subject.isRegion else { return nil }
        return CheckedClaim(claim: claim, subject: subject, border: border, measured: measured, verdict: .unverifiable,
                            explanation: "\(head); the ‘\(subject.name)’ found is a village, and the one meant may be another of the name, missing from the gazetteer")
    }

    /// How far apart two towns facing each other across a border may be, beside their radii:
    /// Nuevo Laredo and Laredo, Mae Sot and Myawaddy are a few kilometres apart.
    static let facingReach = Distance(metres: 30_000)

    /// "Brownsville, a city across from Matamoros": the two towns lie in countries that share a
    /// border, within ``facingReach`` (plus their radii) of each other. Never `inconsistent`: two
    /// towns of one country may face each other across a river or a region's line, and two far
    /// apart are likelier namesakes than a reporter's slip.
    func checkAcross(_ claim: Claim, subject: Place, facing other: Place) throws -> CheckedClaim {
        let gap = Geodesic.wgs84.inverse(from: other.coordinate, to: subject.coordinate)
        let measured = ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(other.name)")
        let reach = Distance(metres: Self.facingReach.metres + model.radius(of: subject).metres + model.radius(of: other).metres)
        let head = "\(subject.name) (\(subject.countryCode)) is \(gap.distance.formatted(fractionDigits: 1)) from \(other.name) (\(other.countryCode))"
        guard subject.countryCode != other.countryCode else {
            return CheckedClaim(claim: claim, subject: subject, reference: other, measured: measured, verdict: .unverifiable,
                                explanation: "\(head): both in \(try countryName(subject.countryCode)), so not across an international border")
        }
        let neighbours = try index.country(code: subject.countryCode)?.neighbours ?? []
        let holds = neighbours.contains(other.countryCode) && gap.distance <= reach
        return CheckedClaim(claim: claim, subject: subject, reference: other, measured: measured,
                            accepted: AcceptedRange(maximum: reach.metres), verdict: holds ? .consistent : .unverifiable,
                            explanation: "\(head)" + (holds ? ": they face each other across the \(try countryName(subject.countryCode))–\(try countryName(other.countryCode)) border (within \(reach.formatted(fractionDigits: 0)))"
                                : ": too far apart, or in countries that share no border, to face each other; one may be a namesake"))
    }
}
