import Gazetteer
import GeoJSON

extension Place {
    /// The place's gazetteer facts as GeoJSON properties: geonameid, name, country, admin1,
    /// lat, lon, population, feature_code (geonameid and country null for a point stop).
    public var geoJSONProperties: [String: JSONValue] {
        var properties: [String: JSONValue] = [
            "geonameid": id == 0 ? .null : .number(Double(id)), "name": .string(name),
            "country": countryCode.isEmpty ? .null : .string(countryCode),
            "lat": .number(coordinate.latitude), "lon": .number(coordinate.longitude),
            "population": .number(Double(population)),
        ]
        properties["admin1"] = admin1Name.map(JSONValue.string) ?? .null
        properties["feature_code"] = featureCode.map(JSONValue.string) ?? .null
        return properties
    }
}
