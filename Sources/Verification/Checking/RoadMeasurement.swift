import Gazetteer
import Geodesy
import Roads

/// A distance measured along roads, with where it comes from.
public struct RoadDistance: Sendable, Hashable {
    /// The length of the shortest road route between the two places' points.
    public var distance: Distance
    /// "OpenStreetMap extract 'syria' (Routino, motorcar, shortest)".
    public var source: String

    /// A road length and its source.
    public init(distance: Distance, source: String) {
        self.distance = distance
        self.source = source
    }
}

/// Measures distance claims along roads when an imported OpenStreetMap extract covers both
/// places, and gives such a claim its verdict from the road distance instead of the band of
/// 1.1–1.5 times the straight line. The same rounding, hedging and place-size slack applies.
public struct RoadMeasurement: Sendable {
    /// The road databases it looks in.
    public let store: RoadStore
    private var databases: [RoadDatabase]?

    /// Measures on the databases of `store` (the standard one: `$GEOCHECK_ROADS`, else the cache's `roads/`).
    public init(store: RoadStore = .standard()) {
        self.store = store
    }

    /// What measuring two places gave.
    public enum Outcome: Sendable, Hashable {
        case measured(RoadDistance)
        /// No imported database covers both places (or none is imported: then `anyImported` is false).
        case notCovered(anyImported: Bool)
        /// A database covers them but the engine found no road route; the reason, for a reader.
        case failed(String)
    }

    /// The road distance from `reference` to `subject`, on the smallest database covering both.
    public mutating func measure(from reference: Place, to subject: Place) -> Outcome {
        if databases == nil { databases = (try? store.list()) ?? [] }
        let points = [reference.coordinate, subject.coordinate]
        guard let database = databases!.filter({ box in points.allSatisfy(box.coverage.contains) })
            .min(by: { $0.databaseBytes < $1.databaseBytes }) else {
            return .notCovered(anyImported: !databases!.isEmpty)
        }
        let router = RoutinoRouter(database: database)
        do {
            return .measured(RoadDistance(distance: try router.distance(from: reference.coordinate, to: subject.coordinate),
                                          source: router.source))
        } catch {
            return .failed(error.description)
        }
    }

    /// Gives a checked distance claim its road measurement and, when measured, the verdict the
    /// road distance gives: the straight line fits → consistent; else the road distance fits
    /// within the slack → consistent_road ("a road distance"); else inconsistent. A direction
    /// that does not hold keeps the claim inconsistent.
    mutating func apply(to checked: inout CheckedClaim, check: DistanceCheck, model: ToleranceModel) {
        guard let stated = check.stated else { return }
        switch measure(from: check.reference, to: check.subject) {
        case .notCovered(let anyImported):
            if anyImported { checked.explanation += " (no imported road database covers both places: the 1.1–1.5× road band was used)" }
        case .failed(let reason):
            checked.explanation += " (not measured by road: \(reason))"
        case .measured(let road):
            checked.measured?.roadDistance = road
            let slack = model.slack(for: stated, between: check.subject, and: check.reference).metres
            let value = stated.distance.metres
            let straight = check.measured.distance
            let fit: String
            var verdict: Verdict
            let straightFits = abs(value - straight.metres) <= slack, roadFits = abs(value - road.distance.metres) <= slack
            if straightFits {
                fit = roadFits ? "fits the road and the straight line" : "fits the straight line"
                verdict = .consistent
            } else if roadFits {
                fit = "a road distance"
                verdict = .consistentRoad
            } else {
                fit = value > max(road.distance.metres, straight.metres) ? "longer than the road" : "fits neither the road nor the straight line"
                verdict = .inconsistent
            }
            if let direction = check.statedDirection,
               direction.angle(to: check.measured.initialBearing) > model.allowedAngle(for: direction) {
                verdict = .inconsistent
            }
            // The distance part DistanceCheck wrote ("stated 162 km; straight line 140.5 km (1.15×): …")
            // gives way to the road's; the direction part stays.
            var rest = checked.explanation.components(separatedBy: "; ")[...]
            if rest.first?.hasPrefix("stated ") == true { rest = rest.dropFirst() }
            if rest.first?.hasPrefix("straight line ") == true { rest = rest.dropFirst() }
            let lead = "stated \(stated.formattedDistance); by road \(road.distance.formatted(fractionDigits: 1)), "
                + "straight line \(straight.formatted(fractionDigits: 1)): \(fit)"
            checked.explanation = ([lead] + rest).joined(separator: "; ")
            checked.verdict = verdict
        }
    }
}
