import Gazetteer
import Geodesy

/// How far a stated distance may be from the measured one and still hold.
///
/// - **Rounding**: half the unit of the stated number's last significant digit (162 km: 0.5 km;
///   "160 km": 5 km), at most 10 % of the number ("100 km": 10 km, not 50).
/// - **Hedging**: "about", "some", "nearly"… add 10 % of the stated distance.
/// - **Size of the places**: a town is not a point. Each place counts with the radius of a disc
///   holding its population at 5,000 people per km² (a typical urban density), from 0.5 to
///   15 km: Homs (775,000) 7.0 km, Jarablus (25,000) 1.3 km.
/// - **Roads**: a road distance runs 1.1 to 1.5 times the straight line. Ballou, Rahardja and
///   Sakai (2002, Transportation Research A 36: 843–848) measured circuity factors of about 1.2
///   to 1.4 for road travel in most countries; the range here leaves room at both ends.
/// - **Directions**: a cardinal direction (north) holds within 45° of the bearing, an
///   intercardinal one (north-east) within 35°, a 16-point one (north-northeast) within 22.5°.
public struct ToleranceModel: Sendable {
    public var hedgeFraction = 0.10
    public var density = 5_000.0          // people per km²
    public var minimumRadius = Distance(metres: 500)
    public var maximumRadius = Distance(metres: 15_000)
    public var roadFactors = 1.1...1.5

    public init() {}

    /// The radius a place counts with.
    public func radius(of place: Place) -> Distance {
        let km = (Double(place.population) / (density * .pi)).squareRoot()
        return Distance(metres: min(max(km * 1000, minimumRadius.metres), maximumRadius.metres))
    }

    /// The slack around a measured distance for a stated one between two places.
    public func slack(for stated: StatedDistance, between a: Place, and b: Place) -> Distance {
        var metres = stated.roundingHalfUnit.metres + radius(of: a).metres + radius(of: b).metres
        if stated.isHedged { metres += hedgeFraction * stated.distance.metres }
        return Distance(metres: metres)
    }

    /// The widest angle between a bearing and a named direction that still counts as that direction.
    public func allowedAngle(for direction: CompassDirection) -> Double {
        direction.isCardinal ? 45 : (direction.isIntercardinal ? 35 : 22.5)
    }
}
