/// How a query matched a place's name, from strongest to weakest.
public enum MatchKind: String, Sendable, Codable, Comparable, CaseIterable {
    /// The query is the place's primary name (ignoring case).
    case exact
    /// The query is one of the place's alternate names (ignoring case).
    case alternate
    /// The query equals a name once case, diacritics and punctuation are folded.
    case normalized
    /// The query is another transliteration of a name (al-Waer / Al Wa'r, Homs / Hims).
    case transliteration
    /// The query is a name with typos.
    case fuzzy

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A place that may be the one a query means, with how it matched and how likely it is.
public struct PlaceCandidate: Sendable, Codable, Hashable {
    public var place: Place
    /// The name of the place that matched the query.
    public var matchedName: String
    public var match: MatchKind
    /// Higher is better; comparable between candidates of one query only.
    public var score: Double
}
