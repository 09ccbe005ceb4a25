/// Helpers for bearings: degrees clockwise from true north.
public enum Bearing {
    /// The bearing brought into 0..<360.
    public static func normalized(_ degrees: Double) -> Double {
        guard degrees.isFinite else { return degrees }
        var value = degrees.truncatingRemainder(dividingBy: 360)
        if value < 0 { value += 360 }
        // A tiny negative value plus 360 rounds to 360 itself.
        if value >= 360 { value -= 360 }
        return value
    }

    /// The smallest turn from one bearing to another, in -180...180 (positive is clockwise).
    public static func signedDifference(from a: Double, to b: Double) -> Double {
        var difference = (b - a).truncatingRemainder(dividingBy: 360)
        if difference > 180 { difference -= 360 }
        if difference < -180 { difference += 360 }
        return difference
    }

    /// The angle between two bearings, 0...180, whichever way round is shorter.
    public static func angle(between a: Double, and b: Double) -> Double {
        abs(signedDifference(from: a, to: b))
    }
}
