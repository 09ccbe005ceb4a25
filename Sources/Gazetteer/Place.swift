import Geodesy

/// A named place: a GeoNames populated place, or a curated supplement entry.
public struct Place: Hashable, Sendable, Codable, Identifiable {
    /// The GeoNames id; supplement places use ids from ``Place/supplementIDBase`` up.
    public var id: Int
    /// The primary name, as GeoNames writes it ("Homs", "Jarābulus").
    public var name: String
    /// Where the place is (a representative point: a town centre).
    public var coordinate: Coordinate
    /// ISO 3166-1 alpha-2 country code, e.g. "SY".
    public var countryCode: String
    /// The GeoNames admin-1 code within the country, e.g. "11" (Homs Governorate); empty if unknown.
    public var admin1Code: String
    /// The first-level region the place lies in, by name ("Homs (Hims)"), from the boundary data.
    public var admin1Name: String?
    /// The inhabitants GeoNames records; 0 when unknown.
    public var population: Int
    /// The GeoNames feature code, e.g. PPLC (capital), PPLA (admin-1 seat); nil when unknown.
    public var featureCode: String?
    /// The place this one is part of, for a neighbourhood (al-Waer → Homs).
    public var parentID: Int?

    /// Supplement places are numbered from here, well above any GeoNames id.
    public static let supplementIDBase = 900_000_000
    /// Countries and first-level regions, as places, are numbered from here: this plus the
    /// region's id (see ``Resolver``).
    public static let regionIDBase = 800_000_000

    public init(id: Int, name: String, coordinate: Coordinate, countryCode: String, admin1Code: String = "",
                admin1Name: String? = nil, population: Int = 0, featureCode: String? = nil, parentID: Int? = nil) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.countryCode = countryCode
        self.admin1Code = admin1Code
        self.admin1Name = admin1Name
        self.population = population
        self.featureCode = featureCode
        self.parentID = parentID
    }

    /// Whether the place is a country's capital (PPLC).
    public var isCapital: Bool { featureCode == "PPLC" }

    /// The id of the region this place stands for, when it is a country or first-level region.
    public var regionID: Int? {
        (Self.regionIDBase..<Self.supplementIDBase).contains(id) ? id - Self.regionIDBase : nil
    }

    /// Whether the place is a country or a first-level region rather than a settlement.
    public var isRegion: Bool { regionID != nil }

    /// Whether the place comes from the curated supplement rather than GeoNames.
    public var isSupplement: Bool { id >= Self.supplementIDBase }
}
