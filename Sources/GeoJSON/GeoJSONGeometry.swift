import Geodesy

/// A position: longitude first, then latitude (RFC 7946 §3.1.1).
public typealias Position = [Double]

/// A GeoJSON geometry object (RFC 7946 §3.1).
public indirect enum GeoJSONGeometry: Hashable, Sendable {
    case point(Position)
    case multiPoint([Position])
    case lineString([Position])
    case multiLineString([[Position]])
    case polygon([[Position]])
    case multiPolygon([[[Position]]])
    case geometryCollection([GeoJSONGeometry])

    /// A point at a coordinate.
    public static func point(_ coordinate: Coordinate) -> GeoJSONGeometry {
        .point([coordinate.longitude, coordinate.latitude])
    }

    /// A line through coordinates.
    public static func lineString(_ coordinates: [Coordinate]) -> GeoJSONGeometry {
        .lineString(coordinates.map { [$0.longitude, $0.latitude] })
    }

    /// The RFC 7946 type name.
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .multiPoint: return "MultiPoint"
        case .lineString: return "LineString"
        case .multiLineString: return "MultiLineString"
        case .polygon: return "Polygon"
        case .multiPolygon: return "MultiPolygon"
        case .geometryCollection: return "GeometryCollection"
        }
    }
}

extension GeoJSONGeometry: Codable {
    private enum CodingKeys: String, CodingKey { case type, coordinates, geometries }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Point": self = .point(try container.decode(Position.self, forKey: .coordinates))
        case "MultiPoint": self = .multiPoint(try container.decode([Position].self, forKey: .coordinates))
        case "LineString": self = .lineString(try container.decode([Position].self, forKey: .coordinates))
        case "MultiLineString": self = .multiLineString(try container.decode([[Position]].self, forKey: .coordinates))
        case "Polygon": self = .polygon(try container.decode([[Position]].self, forKey: .coordinates))
        case "MultiPolygon": self = .multiPolygon(try container.decode([[[Position]]].self, forKey: .coordinates))
        case "GeometryCollection": self = .geometryCollection(try container.decode([GeoJSONGeometry].self, forKey: .geometries))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                   debugDescription: "'\(type)' is not a GeoJSON geometry type")
        }
        try validatePositions()
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .type)
        switch self {
        case .point(let p): try container.encode(Self.rounded(p), forKey: .coordinates)
        case .multiPoint(let p): try container.encode(p.map(Self.rounded), forKey: .coordinates)
        case .lineString(let p): try container.encode(p.map(Self.rounded), forKey: .coordinates)
        case .multiLineString(let p): try container.encode(p.map { $0.map(Self.rounded) }, forKey: .coordinates)
        case .polygon(let p): try container.encode(p.map { $0.map(Self.rounded) }, forKey: .coordinates)
        case .multiPolygon(let p): try container.encode(p.map { $0.map { $0.map(Self.rounded) } }, forKey: .coordinates)
        case .geometryCollection(let g): try container.encode(g, forKey: .geometries)
        }
    }

    /// At most 6 decimals (about 0.1 m), as RFC 7946 §11.2 suggests.
    static func rounded(_ position: Position) -> Position {
        position.map { ($0 * 1e6).rounded() / 1e6 }
    }

    /// Every position must hold two or three finite numbers.
    private func validatePositions() throws {
        func check(_ p: Position) throws {
            guard (2...3).contains(p.count), p.allSatisfy(\.isFinite) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription:
                    "a position must be 2 or 3 numbers, longitude first; got \(p)"))
            }
        }
        switch self {
        case .point(let p): try check(p)
        case .multiPoint(let ps), .lineString(let ps): try ps.forEach(check)
        case .multiLineString(let pss), .polygon(let pss): try pss.joined().forEach(check)
        case .multiPolygon(let psss): try psss.joined().joined().forEach(check)
        case .geometryCollection(let gs): try gs.forEach { try $0.validatePositions() }
        }
    }
}
