import Gazetteer
import Geodesy

extension ClaimChecker {
    /// "the capital, Damascus", "Ankara, the Turkish capital", "Idlib, the provincial capital":
    /// the place against the capital GeoNames records for the country named (the place's own
    /// country when the claim names none), or, for a provincial capital, against the place's
    /// feature code (PPLA, the seat of a first-order region, or PPLC).
    mutating func checkCapital(_ claim: Claim, subject: Place) throws -> CheckedClaim {
        let code = try namedCountry(in: claim, otherwise: subject.countryCode)
        let country = try countryName(code)
        if claim.isProvincialCapital {
            let holds = subject.featureCode == "PPLA" || subject.featureCode == "PPLC"
            let region = subject.admin1Name ?? "its region"
            return CheckedClaim(claim: claim, subject: subject, verdict: holds ? .consistent : .inconsistent,
                                explanation: holds ? "\(subject.name) is the seat of \(region) (GeoNames \(subject.featureCode ?? ""))"
                                                   : "\(subject.name) is not a first-level seat in GeoNames (\(subject.featureCode ?? "no feature code"))")
        }
        guard let record = try index.country(code: code), !record.capital.isEmpty else {
            return unverifiable(claim, subject: subject, because: "GeoNames records no capital for \(country)")
        }
        let capital = try resolver.resolver.candidates(for: record.capital, countryCode: code, limit: 1).first?.place
        if subject.countryCode == code, subject.isCapital || capital?.id == subject.id {
            return CheckedClaim(claim: claim, subject: subject, reference: nil, verdict: .consistent,
                                explanation: "\(subject.name) is the capital of \(country)")
        }
        guard let capital else {
            return unverifiable(claim, subject: subject, because: "the capital of \(country), \(record.capital), is not in the gazetteer")
        }
        let gap = Geodesic.wgs84.inverse(from: capital.coordinate, to: subject.coordinate)
        return CheckedClaim(claim: claim, subject: subject,
                            measured: ClaimMeasurement(distance: gap.distance, bearing: gap.initialBearing, between: "from \(capital.name)"),
                            verdict: .inconsistent,
                            explanation: "the capital of \(country) is \(capital.name), \(gap.distance.formatted(fractionDigits: 0)) from \(subject.name) (\(subject.countryCode))")
    }
}
