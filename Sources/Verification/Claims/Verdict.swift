/// What GeoCheck concludes about a claim.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// The geography holds (within the tolerance model).
    case consistent
    /// The stated distance fits a distance by road, not the straight line.
    case consistentRoad = "consistent_road"
    /// The geography does not hold.
    case inconsistent
    /// A place was not found or is too ambiguous to say.
    case unverifiable
}
