import CGEOS
import Geodesy

/// A GEOS geometry that this object owns: it is destroyed (`GEOSGeom_destroy_r`) when the
/// object goes away. Coordinates are x = longitude, y = latitude in degrees unless a method says
/// otherwise.
///
/// Geometries are immutable: every operation returns a new one.
///
/// ```swift
/// let square = try Geometry(wkt: "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")
/// try square.contains(Geometry(point: Coordinate(latitude: 0.5, longitude: 0.5)))   // true
/// ```
///
/// See ``GEOSContext`` for the threading rule.
public final class Geometry {
    /// The context this geometry's operations run in.
    public let context: GEOSContext
    let pointer: OpaquePointer

    /// Takes ownership of a geometry made by GEOS in `context`.
    init(owning pointer: OpaquePointer, context: GEOSContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// A point at `coordinate` (x = longitude, y = latitude).
    public convenience init(point coordinate: Coordinate, context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        guard let pointer = GEOSGeom_createPointFromXY_r(context.handle, coordinate.longitude, coordinate.latitude) else {
            throw context.error("createPoint")
        }
        self.init(owning: pointer, context: context)
    }

    /// A line string through `coordinates` in order (at least two).
    public convenience init(lineString coordinates: [Coordinate], context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        let sequence = try Self.makeSequence(coordinates, context: context)
        guard let pointer = GEOSGeom_createLineString_r(context.handle, sequence) else {
            throw context.error("createLineString")
        }
        self.init(owning: pointer, context: context)
    }

    /// A polygon with one outer ring (closed automatically if the last point is not the first).
    public convenience init(polygon ring: [Coordinate], context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        var closed = ring
        if let first = ring.first, first != ring.last { closed.append(first) }
        let sequence = try Self.makeSequence(closed, context: context)
        guard let shell = GEOSGeom_createLinearRing_r(context.handle, sequence) else {
            throw context.error("createLinearRing")
        }
        guard let pointer = GEOSGeom_createPolygon_r(context.handle, shell, nil, 0) else {
            GEOSGeom_destroy_r(context.handle, shell)
            throw context.error("createPolygon")
        }
        self.init(owning: pointer, context: context)
    }

    private static func makeSequence(_ coordinates: [Coordinate], context: GEOSContext) throws(GeometryError) -> OpaquePointer {
        var xy = [Double]()
        xy.reserveCapacity(coordinates.count * 2)
        for coordinate in coordinates {
            xy.append(coordinate.longitude)
            xy.append(coordinate.latitude)
        }
        let sequence = xy.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(context.handle, $0.baseAddress, UInt32(coordinates.count), 0, 0)
        }
        guard let sequence else { throw context.error("copyFromBuffer") }
        return sequence
    }

    /// The GEOS type name: "Point", "LineString", "Polygon", "MultiPolygon", ….
    public var typeName: String {
        guard let name = GEOSGeomType_r(context.handle, pointer) else { return "Unknown" }
        defer { GEOSFree_r(context.handle, name) }
        return String(cString: name)
    }

    /// Whether the geometry has no points.
    public var isEmpty: Bool {
        GEOSisEmpty_r(context.handle, pointer) == 1
    }

    /// The number of parts of a multi-geometry or collection; 1 for a single geometry.
    public var partCount: Int {
        Int(GEOSGetNumGeometries_r(context.handle, pointer))
    }

    /// The point's coordinate, for a point geometry.
    public func coordinate() throws(GeometryError) -> Coordinate {
        var x = 0.0, y = 0.0
        guard typeName == "Point", !isEmpty else {
            throw .wrongGeometryType(expected: "non-empty Point", actual: typeName)
        }
        guard GEOSGeomGetX_r(context.handle, pointer, &x) == 1,
              GEOSGeomGetY_r(context.handle, pointer, &y) == 1 else {
            throw context.error("getXY")
        }
        return Coordinate(latitude: y, longitude: x)
    }

    /// The coordinates of every vertex, in order (rings and parts one after another).
    public func coordinates() throws(GeometryError) -> [Coordinate] {
        let count = GEOSGetNumCoordinates_r(context.handle, pointer)
        guard count >= 0 else { throw context.error("getNumCoordinates") }
        // Walk the geometry by transforming it with a callback that records each vertex.
        final class Collector { var points: [Coordinate] = [] }
        let collector = Collector()
        collector.points.reserveCapacity(Int(count))
        let copy = GEOSGeom_transformXY_r(context.handle, pointer, { x, y, userData in
            guard let x, let y, let userData else { return 0 }
            let collector = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
            collector.points.append(Coordinate(latitude: y.pointee, longitude: x.pointee))
            return 1
        }, Unmanaged.passUnretained(collector).toOpaque())
        guard let copy else { throw context.error("transformXY") }
        GEOSGeom_destroy_r(context.handle, copy)
        return collector.points
    }
}
