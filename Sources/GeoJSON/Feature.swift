/// A GeoJSON Feature: a geometry with properties (RFC 7946 §3.2). Members that RFC 7946 does
/// not define are kept in ``foreignMembers`` when read, and written back.
public struct Feature: Hashable, Sendable {
    public var id: JSONValue?
    public var geometry: GeoJSONGeometry?
    public var properties: [String: JSONValue]?
    public var bbox: [Double]?
    public var foreignMembers: [String: JSONValue]

    public init(id: JSONValue? = nil, geometry: GeoJSONGeometry?, properties: [String: JSONValue]? = [:],
                bbox: [Double]? = nil, foreignMembers: [String: JSONValue] = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// A GeoJSON FeatureCollection (RFC 7946 §3.3).
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    public var bbox: [Double]?
    public var foreignMembers: [String: JSONValue]

    public init(features: [Feature], bbox: [Double]? = nil, foreignMembers: [String: JSONValue] = [:]) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// Coding keys for objects whose foreign members are kept: any string is a key.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Feature: Codable {
    private static let known: Set<String> = ["type", "id", "geometry", "properties", "bbox"]

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        try container.requireType("Feature")
        id = try container.decodeIfPresent(JSONValue.self, forKey: AnyKey("id"))
        geometry = try container.decodeIfPresent(GeoJSONGeometry.self, forKey: AnyKey("geometry"))
        properties = try container.decodeIfPresent([String: JSONValue].self, forKey: AnyKey("properties"))
        bbox = try container.decodeIfPresent([Double].self, forKey: AnyKey("bbox"))
        foreignMembers = try container.foreignMembers(excluding: Self.known)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode("Feature", forKey: AnyKey("type"))
        try container.encodeIfPresent(id, forKey: AnyKey("id"))
        if let bbox { try container.encode(bbox, forKey: AnyKey("bbox")) }
        // geometry and properties are required members, null when absent (RFC 7946 §3.2).
        if let geometry { try container.encode(geometry, forKey: AnyKey("geometry")) } else { try container.encodeNil(forKey: AnyKey("geometry")) }
        if let properties { try container.encode(properties, forKey: AnyKey("properties")) } else { try container.encodeNil(forKey: AnyKey("properties")) }
        try container.encodeForeignMembers(foreignMembers, excluding: Self.known)
    }
}

extension FeatureCollection: Codable {
    private static let known: Set<String> = ["type", "features", "bbox"]

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        try container.requireType("FeatureCollection")
        features = try container.decode([Feature].self, forKey: AnyKey("features"))
        bbox = try container.decodeIfPresent([Double].self, forKey: AnyKey("bbox"))
        foreignMembers = try container.foreignMembers(excluding: Self.known)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode("FeatureCollection", forKey: AnyKey("type"))
        if let bbox { try container.encode(bbox, forKey: AnyKey("bbox")) }
        try container.encode(features, forKey: AnyKey("features"))
        try container.encodeForeignMembers(foreignMembers, excluding: Self.known)
    }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// Throws unless the object's "type" member is `expected`.
    func requireType(_ expected: String) throws {
        let type = try decode(String.self, forKey: AnyKey("type"))
        guard type == expected else {
            throw DecodingError.dataCorruptedError(forKey: AnyKey("type"), in: self,
                                                   debugDescription: "expected a \(expected), got '\(type)'")
        }
    }

    /// The members that RFC 7946 does not define for this object.
    func foreignMembers(excluding known: Set<String>) throws -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for key in allKeys where !known.contains(key.stringValue) {
            members[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return members
    }
}

extension KeyedEncodingContainer where Key == AnyKey {
    /// Writes foreign members back, never one that shadows a defined member, and never "crs",
    /// which RFC 7946 §4 removed.
    mutating func encodeForeignMembers(_ members: [String: JSONValue], excluding known: Set<String>) throws {
        for (key, value) in members where !known.contains(key) && key != "crs" {
            try encode(value, forKey: AnyKey(key))
        }
    }
}
