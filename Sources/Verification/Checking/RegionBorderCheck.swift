import Gazetteer
import Geodesy

extension ClaimChecker {
    /// How close two outlines may be and still count as sharing a border: the boundaries are
    /// simplified, so touching outlines may stand a few kilometres apart.
    static let sharedBorderGap = Distance(metres: 10_000)
    /// How far apart two outlines must be for "borders" to be wrong rather than loose.
    static let clearlyApart = Distance(metres: 50_000)

    /// "Saada province borders Saudi Arabia", "Iran borders Afghanistan": a country against the
    /// neighbours GeoNames records for it; a first-level region against the outline of the
    /// country named.
    mutating func checkRegionBorder(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        guard let regionID = subject.regionID, let region = try index.region(id: regionID) else {
            return unverifiable(claim, subject: subject, because: "no outline for \(subject.name)")
        }
        var codes: [String] = []
        for word in claim.countries {
            if let code = try resolver.countryCode(for: word) { codes.append(code) }
        }
        // "Elazig and the neighbouring province of Malatya": two first-level regions of one country.
        if codes.isEmpty, region.kind == .admin1, claim.countries.count == 1,
           let other = try index.regions(named: claim.countries[0], preferredCountry: region.countryCode)
               .first(where: { $0.kind == .admin1 && $0.countryCode == region.countryCode && $0.id != region.id }) {
            return try checkRegionsShareBorder(claim, subject: subject, region: region, other: other)
        }
        guard let code = codes.first else {
            guard claim.countries.isEmpty, region.kind == .admin1 else {
                return unverifiable(claim, subject: subject, because: "no country named “\(claim.countries.joined(separator: ", "))”")
            }
            return try checkRegionOnAnyBorder(claim, subject: subject, region: region)
        }
        let other = try countryName(code)
        // "the Mexican border state of Tamaulipas": on its own country's border, with any neighbour.
        if code == region.countryCode, region.kind == .admin1, claim.borderRelation == .borderTown {
            return try checkRegionOnAnyBorder(claim, subject: subject, region: region)
        }
        if code == region.countryCode {
            return unverifiable(claim, subject: subject, because: "\(region.name) is in \(other); a region's borders within its own country are not checked")
        }
        if region.kind == .country {
            let neighbours = try index.country(code: region.countryCode)?.neighbours ?? []
            let holds = neighbours.contains(code)
            return CheckedClaim(claim: claim, subject: subject, region: region, verdict: holds ? .consistent : .inconsistent,
                                explanation: "\(region.name) and \(other) \(holds ? "are" : "are not") neighbours (GeoNames country info)")
        }
        guard let otherRegion = try index.countryRegion(code: code) else {
            return unverifiable(claim, subject: subject, because: "no outline for \(other)")
        }
        let gap = try outlineGap(region, otherRegion)
        let measured = ClaimMeasurement(distance: gap, bearing: nil, between: "between the outlines of \(region.name) and \(other)")
        let head = "the outlines of \(region.name) and \(other) are \(gap.formatted(fractionDigits: 1)) apart"
        if gap <= Self.sharedBorderGap {
            return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured,
                                accepted: AcceptedRange(maximum: Self.sharedBorderGap.metres), verdict: .consistent,
                                explanation: "\(head): they share a border (within \(Self.sharedBorderGap.formatted(fractionDigits: 0)) on the simplified outlines)")
        }
        let verdict: Verdict = gap > Self.clearlyApart ? .inconsistent : .unverifiable
        return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured,
                            accepted: AcceptedRange(maximum: Self.sharedBorderGap.metres), verdict: verdict,
                            explanation: "\(head): " + (verdict == .inconsistent ? "they share no border" : "too close on the simplified outlines to say"))
    }

    /// Two first-level regions of one country said to border each other: their outlines within
    /// ``sharedBorderGap``; wrong only beyond ``clearlyApart``.
    private mutating func checkRegionsShareBorder(_ claim: Claim, subject: Place, region: Region, other: Region) throws -> CheckedClaim {
        let gap = try outlineGap(region, other)
        let measured = ClaimMeasurement(distance: gap, bearing: nil, between: "between the outlines of \(region.name) and \(other.name)")
        let head = "the outlines of \(region.name) and \(other.name) are \(gap.formatted(fractionDigits: 1)) apart"
        let verdict: Verdict = gap <= Self.sharedBorderGap ? .consistent : gap > Self.clearlyApart ? .inconsistent : .unverifiable
        let reason = verdict == .consistent ? "they share a border (within \(Self.sharedBorderGap.formatted(fractionDigits: 0)) on the simplified outlines)"
            : verdict == .inconsistent ? "they share no border" : "too close on the simplified outlines to say"
        return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured,
                            accepted: AcceptedRange(maximum: Self.sharedBorderGap.metres), verdict: verdict, explanation: "\(head): \(reason)")
    }

    /// "the northern border state of Tamaulipas", "Belgorod region on the frontier": a region on
    /// one of its country's land borders, whichever (the neighbours GeoNames records).
    private mutating func checkRegionOnAnyBorder(_ claim: Claim, subject: Place, region: Region) throws -> CheckedClaim {
        let neighbours = try index.country(code: region.countryCode)?.neighbours ?? []
        var nearest: (gap: Distance, name: String)?
        for code in neighbours {
            guard let other = try index.countryRegion(code: code) else { continue }
            let gap = try outlineGap(region, other)
            if nearest.map({ gap < $0.gap }) ?? true { nearest = (gap, try countryName(code)) }
        }
        guard let nearest else {
            return unverifiable(claim, subject: subject, because: "\(region.name)'s country has no land neighbours on record")
        }
        let measured = ClaimMeasurement(distance: nearest.gap, bearing: nil, between: "between the outlines of \(region.name) and \(nearest.name)")
        let head = "the outline of \(region.name) is \(nearest.gap.formatted(fractionDigits: 1)) from that of \(nearest.name), the nearest neighbour"
        if nearest.gap <= Self.sharedBorderGap {
            return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured,
                                accepted: AcceptedRange(maximum: Self.sharedBorderGap.metres), verdict: .consistent,
                                explanation: "\(head): it lies on the border with \(nearest.name)")
        }
        // Without a country named, "border" may mean more than an international line: never wrong.
        return CheckedClaim(claim: claim, subject: subject, region: region, measured: measured,
                            accepted: AcceptedRange(maximum: Self.sharedBorderGap.metres), verdict: .unverifiable,
                            explanation: "\(head): no land border; the text does not say which border it means")
    }

    /// The distance between two regions' simplified outlines; geometry failures become
    /// ``GazetteerError``s naming both.
    private func outlineGap(_ region: Region, _ other: Region) throws -> Distance {
        do {
            return try shapes.outline(of: region, in: index).distance(to: try shapes.outline(of: other, in: index))
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw GazetteerError.database("outlines of \(region.name) and \(other.name): \(error)")
        }
    }
}
