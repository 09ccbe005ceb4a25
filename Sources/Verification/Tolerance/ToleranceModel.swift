import Gazetteer
import Geodesy

/// How far a stated distance may be from the measured one and still hold.
///
/// - **Rounding**: half the unit of the stated number's last significant digit (162 km: 0.5 km;
///   "160 km": 5 km), at most 10 % of the number ("100 km": 10 km, not 50).
/// - **Hedging**: "about", "some", "nearly"… widen the rounding to 10 % of the stated distance
///   ("about 162 km": ±16.2 km). Rounding and hedging say the same thing, so they do not add up.
/// - **Size of the places**: a town is not a point. A place counts with the radius of a disc
///   holding its population at 5,000 people per km² (a typical urban density), from 0.5 to
///   15 km: Homs (775,000) 7.0 km, Jarablus (25,000) 1.3 km. The size counts once, as the
///   larger of the two radii: two city radii plus a hedge would swallow a road's detour.
/// - **Roads**: a road distance runs 1.1 to 1.5 times the straight line. Ballou, Rahardja and
///   Sakai (2002, Transportation Research A 36: 843–848) measured circuity factors of about 1.2
///   to 1.4 for road travel in most countries; the range here leaves room at both ends. When
///   both the straight line and a road fit, the one that explains the figure better wins: the
///   straight line when the figure is within 12 % of it or within half the slack (short
///   distances between places of some size), else the road (Homs, 162 km stated against
///   140.5 km, 1.15 times: a road).
/// - **Short figures**: a figure short of the straight line by no more than 1 km beyond the slack
///   (``pointUncertainty``: a gazetteer point is not where a report measures from) is
///   unverifiable, not wrong.
/// - **Bounds**: "less than 5 km", "within 20 miles", "up to 10 km" hold when the straight line
///   is at most the figure plus the slack; "more than 100 km", "at least 50 km" when the
///   straight line, or a road (1.5 times it), reaches the figure less the slack.
/// - **Ranges**: "30 to 40 km" is 35 km give or take 5 km.
/// - **Directions**: a cardinal direction (north) holds within 45° of the bearing, an
///   intercardinal one (north-east) within 35°, a 16-point one (north-northeast) within 22.5°.
public struct ToleranceModel: Sendable {
    public var hedgeFraction = 0.10
    public var density = 5_000.0          // people per km²
    public var minimumRadius = Distance(metres: 500)
    public var maximumRadius = Distance(metres: 15_000)
    public var roadFactors = 1.1...1.5
    /// Beyond the usual roads, a road round a bay or over a range may run to about twice the
    /// straight line: a figure up to this many times it is too long for most roads, not proof
    /// of an error (unverifiable, never inconsistent).
    public var windingRoadFactor = 2.0
    /// How far a gazetteer point may be from where a report measures a town from: a figure short
    /// of the straight line by less than this beyond the slack is unverifiable.
    public var pointUncertainty = Distance(metres: 1_000)

    public init() {}

    /// The radius a place counts with.
    public func radius(of place: Place) -> Distance {
        let km = (Double(place.population) / (density * .pi)).squareRoot()
        return Distance(metres: min(max(km * 1000, minimumRadius.metres), maximumRadius.metres))
    }

    /// The slack around a measured distance for a stated one between two places.
    public func slack(for stated: StatedDistance, between a: Place, and b: Place) -> Distance {
        slack(for: stated, sizes: [a, b])
    }

    /// The slack for a stated distance: its imprecision (rounding, widened by a hedge) plus the
    /// radius of the larger of the places the distance is measured from or to.
    public func slack(for stated: StatedDistance, sizes places: [Place]) -> Distance {
        let imprecision = max(stated.roundingHalfUnit.metres, stated.isHedged ? hedgeFraction * stated.distance.metres : 0)
        return Distance(metres: imprecision + (places.map { radius(of: $0).metres }.max() ?? 0))
    }

    /// The straight line counts as the better explanation of a figure within this fraction of it.
    public var straightPreference = 0.12

    /// How a measured straight-line distance compares with a stated one, given the slack.
    ///
    /// - Parameter allowsRoad: Whether the figure may be a road distance (not for a distance to
    ///   a border, which no road measures).
    public func fit(measured: Distance, stated: StatedDistance, slack: Distance, allowsRoad: Bool = true) -> DistanceFit {
        let value = stated.distance.metres, slack = slack.metres, metres = measured.metres
        var straight = max(0, value - slack)...(value + slack)
        var road = max(0, (value - slack) / roadFactors.upperBound)...((value + slack) / roadFactors.lowerBound)
        let kind: DistanceFit.Kind
        switch stated.bound {
        case .atMost?:
            straight = 0...(value + slack)
            road = straight
            kind = straight.contains(metres) ? .straight : .beyondBound
        case .atLeast?:
            straight = max(0, value - slack)...Double.greatestFiniteMagnitude
            road = max(0, (value - slack) / roadFactors.upperBound)...Double.greatestFiniteMagnitude
            kind = straight.contains(metres) ? .straight : (road.contains(metres) ? .road : .shortOfBound)
        case nil:
            // A road is never shorter than the straight line.
            let fitsStraight = straight.contains(metres), fitsRoad = allowsRoad && road.contains(metres) && value > metres
            if fitsStraight && fitsRoad {
                // Both explain it: the straight line when the figure is close to it (within 12 %,
                // or within half the slack, so that a 5 km figure for 4.3 km between two villages
                // is not called a road distance), else the road.
                kind = abs(value - metres) <= max(straightPreference * metres, slack / 2) ? .straight : .road
            } else if fitsStraight {
                kind = .straight
            } else if fitsRoad {
                kind = .road
            } else {
                kind = value > metres ? .tooLong : .tooShort
            }
        }
        return DistanceFit(kind: kind, straightRange: straight, roadRange: road, measured: metres, slack: slack)
    }

    /// The widest angle between a bearing and a named direction that still counts as that direction.
    public func allowedAngle(for direction: CompassDirection) -> Double {
        direction.isCardinal ? 45 : (direction.isIntercardinal ? 35 : 22.5)
    }

    /// How far past ``allowedAngle(for:)`` a bearing is too close to call a direction wrong:
    /// places are not points, and "south of Athens" for a town at 225° is loose, not false.
    public var directionGreyZone: Double { 10 }
}

extension ToleranceModel {
    /// How far from a land border a place may be for each kind of border claim, before adding
    /// the place's own radius: "on the border" 10 km, "a border town" 25 km, "near the border"
    /// 60 km (reports call Gaziantep, about 50 km from Syria, a city near the Syrian border).
    public func borderDistance(for relation: BorderRelation) -> Distance {
        switch relation {
        case .on: return Distance(metres: 10_000)
        case .borderTown, .distance, .across: return Distance(metres: 25_000)
        case .near: return Distance(metres: 60_000)
        }
    }

    /// What a distance to a border allows for the simplified outlines: the shipped Natural Earth
    /// lines may run a kilometre or two from the real border (Hermel, in Lebanon, is 9.8 km from
    /// the simplified Lebanon–Syria line and about 7 km from the real one).
    public var borderOutlineSlack: Distance { Distance(metres: 1_500) }

    /// How far from a border a place may be before a border claim about it is wrong rather than
    /// loose: "on the border" and "a border town" are said of towns anywhere in a border area
    /// (Jizan, "a border town 60 kilometres from Yemen"; Imphal, 55 km from Myanmar, "on the
    /// border between India and Myanmar"), so 50 km past their limit; "near the border", already
    /// wide, as far again (Herat, 116 km from Iran, "close to the border with Iran").
    public func borderGreyZone(for relation: BorderRelation, beyond limit: Double) -> Distance {
        Distance(metres: relation == .near ? 2 * limit : limit + 50_000)
    }

    /// How far from a city's point a neighbourhood of it may lie: one and a half times the
    /// city's radius (a city is not a disc, and GeoNames puts its point in the old centre)
    /// plus 2 km. Homs (radius 7.0 km): 12.5 km.
    public func quarterDistance(in city: Place) -> Distance {
        Distance(metres: 1.5 * radius(of: city).metres + 2_000)
    }

    /// How far from a city's point a suburb of it may lie: a suburb is outside the city proper,
    /// in the built-up area around it, so three times the city's radius plus 10 km. Houston
    /// (radius 15 km, the largest): 55 km; Friendswood, a suburb, is 30 km from its point.
    public func suburbDistance(of city: Place) -> Distance {
        Distance(metres: 3 * radius(of: city).metres + 10_000)
    }
}

/// A stated distance against a measured straight line.
public struct DistanceFit: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The straight line fits.
        case straight
        /// Only a road distance fits: the stated figure is 1.1 to 1.5 times the straight line.
        case road
        /// Longer than even a road would make it.
        case tooLong
        /// Shorter than the straight line.
        case tooShort
        /// "less than 5 km", but the straight line is longer.
        case beyondBound
        /// "more than 100 km", but not even a road would be that long.
        case shortOfBound
    }

    public var kind: Kind
    /// Straight-line distances (metres) that fit the stated distance.
    public var straightRange: ClosedRange<Double>
    /// Straight-line distances (metres) that fit it as a road distance.
    public var roadRange: ClosedRange<Double>
    /// The straight line measured, in metres.
    public var measured: Double = 0
    /// The slack allowed, in metres.
    public var slack: Double = 0

    /// The verdict this fit gives.
    public var verdict: Verdict {
        switch kind {
        case .straight: return .consistent
        case .road: return .consistentRoad
        case .tooLong, .tooShort, .beyondBound, .shortOfBound: return .inconsistent
        }
    }

    /// For a figure that does not hold, what it would have to be: "it would hold at 130–151 km
    /// (straight line) or 155–211 km (by road)"; nil when it holds.
    public var wouldHoldAt: String? {
        guard verdict == .inconsistent else { return nil }
        func km(_ metres: Double) -> String { Distance(metres: metres).formatted(fractionDigits: 0) }
        func span(_ low: Double, _ high: Double) -> String {
            "\((max(0, low) / 1000).formatted(fractionDigits: 0))–\(km(high))"
        }
        switch kind {
        case .beyondBound: return "it would hold with a bound of \(km(max(0, measured - slack))) or more"
        case .shortOfBound: return "it would hold with a bound of \(km(measured * 1.5 + slack)) or less"
        default:
            return "it would hold at \(span(measured - slack, measured + slack)) (straight line) or "
                + "\(span(measured * 1.1 - slack, measured * 1.5 + slack)) (by road)"
        }
    }

    /// "fits", "fits a road distance, not the straight line", "too long even for a road", "too short".
    public var summary: String {
        switch kind {
        case .straight: return "fits"
        case .road: return "fits a road distance, not the straight line"
        case .tooLong: return "too long even for a road"
        case .tooShort: return "too short even for the straight line"
        case .beyondBound: return "the straight line is already longer than that"
        case .shortOfBound: return "not that far even by road"
        }
    }
}
