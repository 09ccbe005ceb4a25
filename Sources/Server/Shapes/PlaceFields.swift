import Gazetteer

/// The fields every JSON listing (CLI and HTTP API alike) of places shares: geonameid, name, country, admin1, lat, lon.
/// A row encodes these first, then its own keys into the same object.
public struct PlaceFields: Encodable, Sendable {
    /// The place whose fields these are.
    public let place: Place

    public init(place: Place) { self.place = place }

    private enum CodingKeys: String, CodingKey { case geonameid, name, country, admin1, lat, lon }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(place.id, forKey: .geonameid)
        try container.encode(place.name, forKey: .name)
        try container.encode(place.countryCode, forKey: .country)
        try container.encode(place.admin1Name, forKey: .admin1)
        try container.encode(place.coordinate.latitude, forKey: .lat)
        try container.encode(place.coordinate.longitude, forKey: .lon)
    }
}
