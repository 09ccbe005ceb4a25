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
        guard let code = codes.first else {
            return unverifiable(claim, subject: subject, because: "no country named “\(claim.countries.joined(separator: ", "))”")
        }
        let other = try countryName(code)
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
        let gap: Distance
        do {
            gap = try shapes.outline(of: region, in: index).distance(to: try shapes.outline(of: otherRegion, in: index))
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw GazetteerError.database("outlines of \(region.name) and \(other): \(error)")
        }
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
}
