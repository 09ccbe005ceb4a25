/// How a query matched a place's name, from strongest to weakest.
public enum MatchKind: String, Sendable, Codable, Comparable, CaseIterable {
    /// The query is the place's primary name (ignoring case).
    case exact
    /// The query is one of the place's alternate names (ignoring case).
    case alternate
    /// The query equals a name once case, diacritics and punctuation are folded.
    case normalized
    /// The query is a news romanisation of a name: equal under the documented equivalences of
    /// ``Romanisation`` ("Hawija" / "Al Ḩawījah", "Beiji" / "Bayjī").
    case romanised
    /// The query has the consonants of a name and vowels close to them ("Djarabulous" /
    /// "Jarabulus"): a looser transliteration.
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
    /// How likely it is that the query is a spelling of ``matchedName`` at all, from the match
    /// kind alone (see ``Resolver`` for the figures).
    public var nameConfidence: Double
    /// The candidate's weight against its namesakes before sharing: how it matched, how
    /// prominent the place is, and what the context says.
    public var weight: Double
    /// How likely it is, from 0 to 1, that the query means this place: the name confidence
    /// times the candidate's share of the weight of all candidates.
    public var confidence: Double
    /// The boundary region, when the candidate is a country or a first-level region rather than
    /// a settlement ("Idlib province", "Borno State", "Syria").
    public var region: Region?

    public init(place: Place, matchedName: String, match: MatchKind, nameConfidence: Double, weight: Double,
                confidence: Double = 0, region: Region? = nil) {
        self.place = place
        self.matchedName = matchedName
        self.match = match
        self.nameConfidence = nameConfidence
        self.weight = weight
        self.confidence = confidence
        self.region = region
    }

    /// Whether the candidate is a region (a country or a first-level region), not a settlement.
    public var isRegion: Bool { region != nil }
}
