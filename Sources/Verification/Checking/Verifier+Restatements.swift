extension Verifier {
    /// What a checked claim asserts, whatever words or sentence say it: its kind, the places
    /// found, the figure, direction and relation stated, and the verdict. A report that says
    /// "Moreh in Manipur" in five sentences makes one claim, reported where it is first made.
    static func fact(of checked: CheckedClaim) -> String {
        let claim = checked.claim
        let subject = checked.subject.map { "#\($0.id)" } ?? claim.subject.name.lowercased()
        let reference = checked.reference.map { "#\($0.id)" } ?? claim.reference?.name.lowercased() ?? "-"
        let region = checked.region.map { "#\($0.id)" } ?? claim.region?.lowercased() ?? "-"
        let figure = claim.distance.map { "\($0.distance.metres)\($0.bound.map { " \($0)" } ?? "")" } ?? "-"
        return [claim.kind.rawValue, subject, reference, region, figure, claim.direction.map(\.name) ?? "-",
                claim.isCentral ? "central" : "-", claim.borderRelation.map { "\($0)" } ?? "-",
                claim.countries.map { $0.lowercased() }.sorted().joined(separator: "+"),
                claim.isProvincialCapital ? "provincial" : "-", checked.verdict.rawValue].joined(separator: "|")
    }
}
