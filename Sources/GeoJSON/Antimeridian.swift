import Foundation
import Geometry

/// Cutting lines and polygons where they cross the antimeridian (RFC 7946 §3.1.9), so that
/// map tools do not draw them the long way round the world.
public enum Antimeridian {
    /// A line whose longitudes may run past ±180 (continuous along the path, as
    /// `Geodesic.points(from:to:maximumSpacing:)` gives them), as a LineString when it stays on
    /// one side, or a MultiLineString cut at each crossing, longitudes wrapped into -180...180.
    public static func cut(line positions: [Position]) -> GeoJSONGeometry {
        guard positions.count > 1 else { return .lineString(positions.map(wrapped)) }
        var parts: [[Position]] = [[wrapped(positions[0])]]
        for (a, b) in zip(positions, positions.dropFirst()) {
            let shiftA = shift(of: a[0]), shiftB = shift(of: b[0])
            if shiftA != shiftB {
                // The meridian crossed: +180 going east, -180 going west (in a's frame).
                let boundary = b[0] > a[0] ? 180.0 - shiftA * 360 : -180.0 - shiftA * 360
                let t = (boundary - a[0]) / (b[0] - a[0])
                let latitude = a[1] + t * (b[1] - a[1])
                let side = b[0] > a[0] ? 180.0 : -180.0
                parts[parts.count - 1].append([side, latitude])
                parts.append([[-side, latitude]])
            }
            parts[parts.count - 1].append(wrapped(b))
        }
        return parts.count == 1 ? .lineString(parts[0]) : .multiLineString(parts)
    }

    /// A polygon whose longitudes may run past ±180, cut into the parts on each side of the
    /// antimeridian (by clipping with GEOS), each wound by the right-hand rule.
    public static func cut(polygon rings: [[Position]]) throws -> GeoJSONGeometry {
        let longitudes = rings.joined().map { $0[0] }
        guard let low = longitudes.min(), let high = longitudes.max(), low < -180 || high > 180 else {
            return .polygon(Winding.rightHand(rings))
        }
        let context = try GEOSContext()
        let shape = try Geometry(wkt: wkt(rings), context: context)
        var pieces: [[[Position]]] = []
        for offset in [-360.0, 0, 360] {
            let window = try Geometry(wkt: "POLYGON ((\(-180 + offset) -90, \(180 + offset) -90, \(180 + offset) 90, \(-180 + offset) 90, \(-180 + offset) -90))",
                                      context: context)
            let clipped = try shape.intersection(window)
            guard !clipped.isEmpty else { continue }
            for polygon in try polygons(in: GeoJSONGeometry.read(clipped.geoJSON())) {
                pieces.append(Winding.rightHand(polygon.map { $0.map { [$0[0] - offset] + $0.dropFirst() } }))
            }
        }
        return pieces.count == 1 ? .polygon(pieces[0]) : .multiPolygon(pieces)
    }

    private static func shift(of longitude: Double) -> Double { ((longitude + 180) / 360).rounded(.down) }

    private static func wrapped(_ position: Position) -> Position {
        var p = position
        p[0] -= shift(of: p[0]) * 360
        return p
    }

    private static func wkt(_ rings: [[Position]]) -> String {
        "POLYGON (" + rings.map { "(" + $0.map { "\($0[0]) \($0[1])" }.joined(separator: ", ") + ")" }.joined(separator: ", ") + ")"
    }

    private static func polygons(in geometry: GeoJSONGeometry) -> [[[Position]]] {
        switch geometry {
        case .polygon(let rings): return [rings]
        case .multiPolygon(let polygons): return polygons
        case .geometryCollection(let members): return members.flatMap(polygons)
        default: return []
        }
    }
}

extension GeoJSONGeometry {
    /// Reads a geometry object from GeoJSON text (GEOS's writer gives such text).
    public static func read(_ text: String) throws -> GeoJSONGeometry {
        try JSONDecoderFactory.make().decode(GeoJSONGeometry.self, from: Data(text.utf8))
    }
}
