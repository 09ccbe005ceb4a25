import Gazetteer
import Geodesy

/// A claim with its verdict and the evidence behind it.
public struct CheckedClaim: Sendable {
    public var claim: Claim
    /// The place the claim is about, when the gazetteer found it.
    public var subject: Place?
    /// The place it is measured from (distance and direction claims) or lies in (a city's
    /// neighbourhood), when there is one and the gazetteer found it.
    public var reference: Place?
    /// The country or first-level region of a containment or position claim.
    public var region: Region?
    /// The nearest land border with the country a border claim names (or any neighbour).
    public var border: LandBorder?
    /// What was measured.
    public var measured: ClaimMeasurement?
    /// What the claim allows.
    public var accepted: AcceptedRange
    public var verdict: Verdict
    /// One line a reader understands: "stated 162 km; straight line 140.5 km (1.15×): …".
    public var explanation: String

    public init(claim: Claim, subject: Place? = nil, reference: Place? = nil, region: Region? = nil, border: LandBorder? = nil,
                measured: ClaimMeasurement? = nil, accepted: AcceptedRange = AcceptedRange(), verdict: Verdict, explanation: String) {
        self.claim = claim
        self.subject = subject
        self.reference = reference
        self.region = region
        self.border = border
        self.measured = measured
        self.accepted = accepted
        self.verdict = verdict
        self.explanation = explanation
    }
}

/// A distance and bearing GeoCheck measured: from the reference place to the subject, from the
/// subject to the nearest border point, or from a region's centre to the subject.
public struct ClaimMeasurement: Sendable, Hashable {
    public var distance: Distance
    /// Degrees clockwise from true north, when a direction means something.
    public var bearing: Double?
    /// What the distance runs between: "from Damascus", "to the Turkey border", "from the centre of Syria".
    public var between: String
    /// The distance along roads, when an imported OpenStreetMap extract covers both places.
    public var roadDistance: RoadDistance? = nil

    public init(distance: Distance, bearing: Double?, between: String) {
        self.distance = distance
        self.bearing = bearing
        self.between = between
    }

    /// The compass point of ``bearing``.
    public var direction: CompassDirection? { bearing.map(CompassDirection.init(bearing:)) }
}

/// The values a claim allows, as the tolerance model sets them; nil where they do not apply.
public struct AcceptedRange: Sendable, Hashable {
    /// Straight-line distances that fit the stated distance.
    public var straight: ClosedRange<Double>?
    /// Straight-line distances that fit it as a road distance.
    public var road: ClosedRange<Double>?
    /// The farthest a place may be (from a border, from a city centre) for the claim to hold, in metres.
    public var maximum: Double?
    /// The widest angle between the stated direction and the measured bearing, in degrees.
    public var angle: Double?

    public init(straight: ClosedRange<Double>? = nil, road: ClosedRange<Double>? = nil, maximum: Double? = nil, angle: Double? = nil) {
        self.straight = straight
        self.road = road
        self.maximum = maximum
        self.angle = angle
    }
}
