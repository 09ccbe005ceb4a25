import Geodesy

/// A geographic statement found in a text, before any place is looked up.
///
/// ```swift
/// let claims = ClaimExtractor().claims(in: "Homs, 162 km north of the capital, Damascus, …")
/// claims[0].kind        // .distance
/// claims[0].subject     // "Homs"
/// claims[0].reference   // "Damascus"
/// ```
public struct Claim: Sendable, Hashable, Codable {
    public var kind: ClaimKind
    /// The words of the claim as the text has them.
    public var text: String
    /// Where `text` stands: Unicode scalar offsets, end exclusive.
    public var span: TextSpan
    /// The place the claim is about.
    public var subject: PlaceMention
    /// The place it is measured from, for distance and direction claims; the city a
    /// neighbourhood lies in, for containment in a city.
    public var reference: PlaceMention?
    /// The stated distance ("162 km"), for distance claims and distances from a border.
    public var distance: StatedDistance?
    /// The stated direction: "north" in "162 km north of", "western" in "the western Syrian city".
    public var direction: CompassDirection?
    /// For position claims, "central" (no compass direction).
    public var isCentral: Bool
    /// Countries the claim names: the border's country or countries, the country of a position
    /// or capital claim ("Syrian", "Turkey"), as written.
    public var countries: [String]
    /// The region of a containment claim ("Idlib" in "in Idlib province"), as written.
    public var region: String?
    /// How close to the border a border claim puts the place.
    public var borderRelation: BorderRelation?
    /// For capital claims: "provincial capital" rather than a country's capital.
    public var isProvincialCapital: Bool
    /// The text says the distance is by road ("162 km by road from Damascus").
    public var isByRoad: Bool = false
    /// A border claim read from a verb of adjoining ("Tajikistan borders Afghanistan"): its
    /// subject may be a country, which shares the border named.
    public var isAdjoining: Bool = false
    /// The words may mean this claim or something else ("Tuban, East Java": a place and its
    /// region, or two places of a list): the claim is reported only when it holds.
    public var isTentative: Bool = false
    /// Whether a tentative reading is reported only when it holds, never as unverifiable:
    /// "Kauswagan town in Lanao del Norte", where the name after "in" carries no region word and
    /// may be a body or a people's ("Palestinians in Gaza").
    public var reportsOnlyIfHolds: Bool = false

    /// Makes the claim a reading reported only when it holds (``isTentative`` and
    /// ``reportsOnlyIfHolds``): never unverifiable, never inconsistent.
    mutating func reportOnlyIfItHolds() {
        isTentative = true
        reportsOnlyIfHolds = true
    }
    /// The place a setting follows, when the subject may be that setting: "Guicán" in "the town
    /// of Guicán, Boyacá, about 240 miles northeast of the capital". The claim is about it when
    /// ``subject`` turns out to be a region.
    public var alternateSubject: PlaceMention?

    public init(kind: ClaimKind, text: String, span: TextSpan, subject: PlaceMention, reference: PlaceMention? = nil,
                distance: StatedDistance? = nil, direction: CompassDirection? = nil, isCentral: Bool = false,
                countries: [String] = [], region: String? = nil, borderRelation: BorderRelation? = nil,
                isProvincialCapital: Bool = false) {
        self.kind = kind
        self.text = text
        self.span = span
        self.subject = subject
        self.reference = reference
        self.distance = distance
        self.direction = direction
        self.isCentral = isCentral
        self.countries = countries
        self.region = region
        self.borderRelation = borderRelation
        self.isProvincialCapital = isProvincialCapital
    }
}

extension Claim {
    /// The claim with `qualifier` (a country or state, as written) tying every mention of
    /// `name` that has no other tie: the place of a dateline, "PETROPOLIS, Brazil", named
    /// again in the text.
    func qualifying(_ name: String, by qualifier: String) -> Claim {
        var claim = self
        claim.subject.qualify(name, by: qualifier)
        claim.reference?.qualify(name, by: qualifier)
        claim.alternateSubject?.qualify(name, by: qualifier)
        return claim
    }
}

/// What a claim states.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "Homs, 162 km north of Damascus": a distance, maybe with a direction.
    case distance
    /// "Hama, north of Homs": a direction only.
    case direction
    /// "the border city of Jarablus", "Kilis, near the Syrian border", "5 km from the border".
    case border
    /// "the al-Waer neighbourhood of Homs", "Saraqib, in Idlib province", "a town in northern Syria".
    case containment
    /// "the western Syrian city of Homs".
    case position
    /// "the capital, Damascus".
    case capital
}

/// How near a border a claim puts a place.
public enum BorderRelation: String, Sendable, Hashable, Codable {
    /// "on", "at" or "along the border".
    case on
    /// "the border town of …".
    case borderTown = "border_town"
    /// "near" or "close to the border".
    case near
    /// "5 km from the border": the claim's ``Claim/distance``.
    case distance
    /// "Brownsville, a city across from Matamoros": the claim's ``Claim/reference`` faces the
    /// subject across a border.
    case across
}

/// Where a piece of a text stands, in Unicode scalar offsets, end exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
    }
}

/// A place as a claim names it: "Homs", "the capital".
public struct PlaceMention: Sendable, Hashable, Codable {
    /// The name as written ("al-Waer"), or "the capital".
    public var name: String
    public var span: TextSpan
    /// Set when the text says "the capital" without a name: the capital of this country
    /// (as written, e.g. "Syrian"), or, when empty, of the subject's country (else of the
    /// country the text names most).
    public var capitalOf: String?
    /// A country or region the text ties the place to ("the Turkish town of Akcakale", "Rafah,
    /// in the Gaza Strip"), as written: places there are preferred.
    public var countryHint: String?
    /// Countries the place is said to be near ("Geneva, near the French border"), as written:
    /// places in them and in their neighbours are preferred, none ruled out.
    public var nearCountries: [String]
    /// Whether the text gives a description here ("the capital", "the city") that stands for a
    /// place it names elsewhere (the dateline's, or the one it was last about).
    public var isDescription: Bool
    /// The unit a list names the place as ("county" in "the counties of Mandera and Garissa"):
    /// its town may stand for it only as a reading.
    public var unitNoun: String?

    public init(name: String, span: TextSpan, capitalOf: String? = nil, countryHint: String? = nil, nearCountries: [String] = [],
                isDescription: Bool = false) {
        self.name = name
        self.span = span
        self.capitalOf = capitalOf
        self.countryHint = countryHint
        self.nearCountries = nearCountries
        self.isDescription = isDescription
    }

    /// Ties the mention to `qualifier` when it names `place` (letter case aside) and nothing
    /// ties it yet.
    mutating func qualify(_ place: String, by qualifier: String) {
        guard countryHint == nil, capitalOf == nil, !isDescription, name.lowercased() == place.lowercased() else { return }
        countryHint = qualifier
    }

    /// Makes the mention name a region of the kind `noun` says ("Badakhshan" → "Badakhshan
    /// province"), so that a region is looked up and not a town; once only.
    mutating func nameRegion(_ noun: String) {
        guard !name.lowercased().hasSuffix(" " + noun.lowercased()) else { return }
        name += " " + noun
    }
}
