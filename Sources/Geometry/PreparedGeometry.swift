import CGEOS
import Geodesy

/// A geometry prepared for many predicate calls against it: GEOS indexes its edges once, so
/// each point-in-polygon test afterwards costs about log(n) rather than n in the vertex count.
///
/// Keeps its ``Geometry`` alive, as GEOS requires. Same threading rule as ``GEOSContext``.
public final class PreparedGeometry {
    /// The geometry that was prepared.
    public let geometry: Geometry
    let pointer: OpaquePointer
    private var context: GEOSContext { geometry.context }

    /// Prepares `geometry`.
    public init(_ geometry: Geometry) throws(GeometryError) {
        guard let pointer = GEOSPrepare_r(geometry.context.handle, geometry.pointer) else {
            throw geometry.context.error("prepare")
        }
        self.geometry = geometry
        self.pointer = pointer
    }

    deinit {
        GEOSPreparedGeom_destroy_r(geometry.context.handle, pointer)
    }

    /// Whether `other` lies in the interior of the prepared geometry.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("preparedContains", GEOSPreparedContains_r(context.handle, pointer, other.pointer))
    }

    /// Whether no point of `other` lies outside the prepared geometry.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("preparedCovers", GEOSPreparedCovers_r(context.handle, pointer, other.pointer))
    }

    /// Whether `other` shares a point with the prepared geometry.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("preparedIntersects", GEOSPreparedIntersects_r(context.handle, pointer, other.pointer))
    }

    /// Whether the point lies in the prepared geometry, boundary included.
    public func covers(_ coordinate: Coordinate) throws(GeometryError) -> Bool {
        try covers(Geometry(point: coordinate, context: context))
    }

    /// Whether the point lies in the interior of the prepared geometry.
    public func contains(_ coordinate: Coordinate) throws(GeometryError) -> Bool {
        try contains(Geometry(point: coordinate, context: context))
    }
}
