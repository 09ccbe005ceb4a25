import Gazetteer
import Geodesy

extension ClaimChecker {
    /// "Quitman, about 40 miles north of Little Rock", in a report that also names Texas: of the
    /// Quitmans the gazetteer has, the text's own figure and direction pick the one in Arkansas.
    ///
    /// When one place of a distance claim is ambiguous and the other is found, the namesake that
    /// fits the stated figure (as a straight line or a road distance, and the direction if one is
    /// stated) is taken, if it is the only one that fits and every other lies beyond twice the
    /// figure's reach: a reader identifies the place so. The choice is said in the explanation.
    /// No namesake fitting leaves the name ambiguous; the claim is never called wrong on a pick.
    func namesakeByFigure(_ claim: Claim, subject: MentionResolver.Resolution?,
                          reference: MentionResolver.Resolution?) -> (MentionResolver.Resolution, String)? {
        guard claim.kind == .distance, let stated = claim.distance else { return nil }
        let ambiguous: [PlaceCandidate], other: Place, isSubject: Bool
        switch (subject, reference) {
        case (.ambiguous(let candidates)?, .place(let found)?):
            (ambiguous, other, isSubject) = (candidates, found.place, true)
        case (.place(let found)?, .ambiguous(let candidates)?):
            (ambiguous, other, isSubject) = (candidates, found.place, false)
        default:
            return nil
        }
        guard !other.isRegion else { return nil }
        var fitting: [PlaceCandidate] = []
        var nearOthers = false
        for candidate in ambiguous where !candidate.isRegion {
            let check = isSubject
                ? DistanceCheck(subject: candidate.place, reference: other, stated: stated, direction: claim.direction, model: model)
                : DistanceCheck(subject: other, reference: candidate.place, stated: stated, direction: claim.direction, model: model)
            if check.verdict == .consistent || check.verdict == .consistentRoad {
                fitting.append(candidate)
            } else if check.measured.distance.metres <= 2 * (check.roadRange?.upperBound ?? stated.distance.metres) {
                nearOthers = true
            }
        }
        guard fitting.count == 1, !nearOthers, let chosen = fitting.first else { return nil }
        let name = isSubject ? claim.subject.name : claim.reference?.name ?? chosen.place.name
        return (.place(chosen), "of the places named ‘\(name)’, only the one in \(chosen.place.admin1Name ?? chosen.place.countryCode) fits the text's figure")
    }
}
