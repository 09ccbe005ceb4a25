import Gazetteer
import Geodesy

/// A checked claim that one place lies a distance (and maybe a direction) from another:
/// "Homs, 162 kilometres north of Damascus".
public struct DistanceCheck: Sendable {
    public let subject: Place
    public let reference: Place
    public let stated: StatedDistance?
    public let statedDirection: CompassDirection?
    /// The geodesic from the reference to the subject.
    public let measured: GeodesicInverse
    /// The straight-line distances that fit the stated one.
    public let straightRange: ClosedRange<Double>?
    /// The straight-line distances that fit it as a road distance.
    public let roadRange: ClosedRange<Double>?
    public let verdict: Verdict
    /// One line a reader understands.
    public let explanation: String

    /// Checks the claim with `model`.
    public init(subject: Place, reference: Place, stated: StatedDistance?, direction: CompassDirection?,
                model: ToleranceModel = ToleranceModel()) {
        self.subject = subject
        self.reference = reference
        self.stated = stated
        statedDirection = direction
        let measured = Geodesic.wgs84.inverse(from: reference.coordinate, to: subject.coordinate)
        self.measured = measured
        let straight = measured.distance
        var verdict = Verdict.consistent
        var parts: [String] = []
        if let stated {
            let fit = model.fit(measured: straight, stated: stated, slack: model.slack(for: stated, between: subject, and: reference))
            straightRange = fit.straightRange
            roadRange = fit.roadRange
            let value = stated.distance.metres
            let ratio = straight.metres > 0 ? value / straight.metres : .infinity
            let ratioText = ratio.isFinite ? " (\(ratio.formatted(fractionDigits: 2))×)" : ""
            verdict = fit.verdict
            let boundText = stated.bound.map { $0 == .atMost ? "at most " : "at least " } ?? ""
            var summary = "\(fit.summary)" + (fit.wouldHoldAt.map { " (\($0))" } ?? "")
            // "Akaroa, about 50 miles southeast of Christchurch": twice the straight line, the
            // road round the harbour; longer than most roads, yet no proof of an error.
            if fit.kind == .tooLong, stated.bound == nil, value <= model.windingRoadFactor * straight.metres {
                verdict = .unverifiable
                summary = "longer than most roads make it, but a road round a bay or over a range may run so far: too close to call it wrong"
            }
            // "Naco, about seven miles south of Bisbee" against 13.6 km: short of the straight line
            // by less than the uncertainty of the gazetteer's points, beyond the slack.
            if fit.kind == .tooShort, stated.bound == nil, straight.metres - fit.straightRange.upperBound <= model.pointUncertainty.metres {
                verdict = .unverifiable
                summary = "shorter than the straight line by less than \(model.pointUncertainty.formatted(fractionDigits: 0)) beyond the "
                    + "slack, within the uncertainty of the places' points: too close to call it wrong"
            }
            parts.append("stated \(boundText)\(stated.formattedDistance); straight line \(straight.formatted(fractionDigits: 1))\(ratioText): \(summary)")
        } else {
            straightRange = nil
            roadRange = nil
        }
        let measuredDirection = CompassDirection(bearing: measured.initialBearing)
        if let direction {
            let angle = direction.angle(to: measured.initialBearing)
            let allowed = model.allowedAngle(for: direction)
            let bearing = "bearing \(measured.initialBearing.formatted(fractionDigits: 0))° (\(measuredDirection.abbreviation))"
            if angle <= allowed {
                parts.append("\(bearing): \"\(direction.name)\" holds")
            } else if angle <= allowed + model.directionGreyZone {
                if verdict != .inconsistent { verdict = .unverifiable }
                parts.append("\(bearing): \"\(direction.name)\" is off by \(angle.formatted(fractionDigits: 0))°, just past \(Int(allowed))°: too close to call it wrong")
            } else {
                verdict = .inconsistent
                parts.append("\(bearing): \"\(direction.name)\" is off by \(angle.formatted(fractionDigits: 0))°, more than \(Int(allowed))°")
            }
        }
        if parts.isEmpty {
            parts.append("\(straight.formatted(fractionDigits: 1)), bearing \(measured.initialBearing.formatted(fractionDigits: 0))° (\(measuredDirection.abbreviation))")
        }
        self.verdict = verdict
        explanation = parts.joined(separator: "; ")
    }
}
