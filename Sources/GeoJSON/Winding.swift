/// Polygon ring orientation by the right-hand rule (RFC 7946 §3.1.6): exterior rings
/// counterclockwise, holes clockwise.
public enum Winding {
    /// The rings, reversed where needed: the first counterclockwise, the others clockwise.
    public static func rightHand(_ rings: [[Position]]) -> [[Position]] {
        rings.enumerated().map { index, ring in
            let counterclockwise = signedArea(ring) > 0
            return (index == 0) == counterclockwise ? ring : ring.reversed()
        }
    }

    /// Twice the signed area by the shoelace formula, positive for counterclockwise rings.
    public static func signedArea(_ ring: [Position]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + ($1.0[0] * $1.1[1] - $1.1[0] * $1.0[1]) }
    }
}
