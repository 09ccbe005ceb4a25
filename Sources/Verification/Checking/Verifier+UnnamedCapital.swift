extension Verifier {
    /// "Sirwah, which lies west of the capital": a capital the text does not name was read as
    /// the country's; where the claim holds from the capital of the subject's own province
    /// (Marib), that reading may be the one meant, and the claim is no error.
    static func readingProvincialCapital(_ result: CheckedClaim, claim: Claim, subject: MentionResolver.Resolution?,
                                         checker: inout ClaimChecker) throws -> CheckedClaim {
        guard result.verdict == .inconsistent, let place = result.subject, let region = try checker.index.region(of: place),
              region.kind == .admin1, var reference = claim.reference else { return result }
        reference.capitalOf = region.name
        let seat = try checker.resolver.resolveAll([reference])
        guard case .place(let found)? = seat[reference.key], found.place.id != result.reference?.id, found.place.id != place.id else {
            return result
        }
        var alternative = claim
        alternative.reference = reference
        let other = try checker.check(alternative, subject: subject, reference: seat[reference.key])
        guard other.verdict != .inconsistent else { return result }
        var qualified = result
        qualified.verdict = .unverifiable
        qualified.explanation += "; the text does not name the capital, and from \(found.place.name), the capital of \(region.name), the claim holds"
        return qualified
    }
}
