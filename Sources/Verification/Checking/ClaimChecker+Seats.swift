import Gazetteer
import Geodesy

extension ClaimChecker {
    /// The point a distance to `place` is measured from: the place itself, or, for a first-level
    /// region, its seat when the two share a name ("Batna province" and the city of Batna). Nil
    /// for a country, and for a region whose seat has another name.
    func seatNamedAlike(_ place: Place) throws(GazetteerError) -> Place? {
        guard place.isRegion else { return place }
        guard let id = place.regionID, let region = try index.region(id: id), region.kind == .admin1,
              let seat = try index.seat(of: region) else { return nil }
        // Also spelled otherwise by transliteration: the region "Asyut" and its seat "Assiut".
        let regionKey = Self.coreName(region.name), seatKey = Self.coreName(seat.name)
        guard !regionKey.isEmpty, regionKey == seatKey || Romanisation.key(regionKey) == Romanisation.key(seatKey) else { return nil }
        return seat
    }

    /// A name without diacritics, case, an Arabic article or a region word: "Al Minyā" → "minya".
    static func coreName(_ name: String) -> String {
        var words = NameKey.folded(name).split(separator: " ").map(String.init)
        if let first = words.first, ["al", "el", "ad", "ar", "as", "an", "az", "at"].contains(first), words.count > 1 { words.removeFirst() }
        words.removeAll { Vocabulary.regionNouns.contains($0) }
        return words.joined(separator: " ")
    }

    /// A distance or direction to a region ("a mountainous area of Batna province, 350 km from
    /// Algiers") measured from the seat it is named after. The place meant may lie anywhere in
    /// the region, so a figure that does not fit the seat makes the claim unverifiable, never
    /// inconsistent.
    mutating func measureFromSeats(_ claim: Claim, subject: Place, reference: Place, seats: (Place, Place)) throws -> CheckedClaim {
        let check = DistanceCheck(subject: seats.0, reference: seats.1, stated: claim.distance, direction: claim.direction, model: model)
        var checked = CheckedClaim(claim: claim, distanceCheck: check, model: model)
        roads.apply(to: &checked, check: check, model: model)
        checked.subject = subject
        checked.reference = reference
        let regions = [subject, reference].filter(\.isRegion).map(\.name)
        let note = "measured from the seat of \(regions.joined(separator: " and ")), which the region is named after"
        if checked.verdict == .inconsistent {
            checked.verdict = .unverifiable
            checked.explanation = "\(note); the place meant may lie elsewhere in the region: " + checked.explanation
        } else if checked.verdict == .consistentRoad {
            // The place meant lies somewhere in the region, not at its seat: a figure past the
            // seat's straight line may be the straight line to it.
            checked.verdict = .consistent
            checked.explanation += " (\(note); a place elsewhere in the region may lie at the stated straight line)"
        } else {
            checked.explanation += " (\(note))"
        }
        return checked
    }

    /// A figure that misses a town named like the first-level region it lies in ("Kiryat Gat,
    /// some 20 km from Gaza": the Gaza Strip's edge, not Gaza City) may be measured to the
    /// region: when the other place lies outside the region and the figure fits the distance to
    /// the region's outline as a straight line (with the figure's own imprecision and the other
    /// place's size), and any direction stated holds, the claim is unverifiable. Not for a
    /// national capital: "40 km south of Baghdad" means the city.
    func regionReading(of check: DistanceCheck) throws -> String? {
        guard check.verdict == .inconsistent, let stated = check.stated else { return nil }
        if let direction = check.statedDirection,
           direction.angle(to: check.measured.initialBearing) > model.allowedAngle(for: direction) { return nil }
        for (town, other) in [(check.reference, check.subject), (check.subject, check.reference)]
        where !town.isRegion && town.featureCode != "PPLC" {
            guard let region = try index.region(of: town), region.kind == .admin1,
                  case let key = Self.coreName(town.name), !key.isEmpty,
                  [key, key + " strip"].contains(Self.coreName(region.name)) else { continue }
            let edge = try shapes.outline(of: region, in: index).distance(from: other.coordinate)
            let fit = model.fit(measured: edge, stated: stated, slack: model.slack(for: stated, sizes: [other]), allowsRoad: false)
            if edge.metres > 0, fit.verdict == .consistent {
                return "\(town.name) also names its region, \(region.name), whose edge is \(edge.formatted(fractionDigits: 1)) from \(other.name): "
                    + "the figure may be measured to the region"
            }
        }
        return nil
    }

    /// Whether a place stands for a whole country.
    func isCountry(_ place: Place) throws(GazetteerError) -> Bool {
        guard let id = place.regionID else { return false }
        return try index.region(id: id)?.kind == .country
    }

    /// "Cavite province, just south of the capital": a direction to a first-level region, taken
    /// from its centre. A region spreads around its centre, so a direction that does not fit
    /// is unverifiable, never wrong.
    func measureFromCentres(_ claim: Claim, subject: Place, reference: Place) -> CheckedClaim {
        let check = DistanceCheck(subject: subject, reference: reference, stated: nil, direction: claim.direction, model: model)
        var checked = CheckedClaim(claim: claim, distanceCheck: check, model: model)
        let regions = [subject, reference].filter(\.isRegion).map(\.name).joined(separator: " and ")
        if checked.verdict == .inconsistent {
            checked.verdict = .unverifiable
            checked.explanation = "measured from the centre of \(regions), which spreads around it: " + checked.explanation
        } else {
            checked.explanation += " (from the centre of \(regions))"
        }
        return checked
    }
}
