import CGEOS

extension Geometry {
    /// Whether `other` lies inside this geometry, none of it outside and some of it in the
    /// interior (a point on the boundary is not contained; see ``covers(_:)``).
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("contains", GEOSContains_r(context.handle, pointer, other.pointer))
    }

    /// Whether this geometry lies inside `other`.
    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("within", GEOSWithin_r(context.handle, pointer, other.pointer))
    }

    /// Whether the two geometries share any point.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("intersects", GEOSIntersects_r(context.handle, pointer, other.pointer))
    }

    /// Whether no point of `other` lies outside this geometry (boundary points count as inside).
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("covers", GEOSCovers_r(context.handle, pointer, other.pointer))
    }

    /// Whether the geometry is valid by the OGC rules; see ``validityReason()`` for why not.
    public func isValid() throws(GeometryError) -> Bool {
        try context.predicate("isValid", GEOSisValid_r(context.handle, pointer))
    }

    /// GEOS's explanation of why the geometry is invalid, or "Valid Geometry".
    public func validityReason() throws(GeometryError) -> String {
        guard let reason = GEOSisValidReason_r(context.handle, pointer) else { throw context.error("isValidReason") }
        defer { GEOSFree_r(context.handle, reason) }
        return String(cString: reason)
    }

    /// Whether the two geometries are the same set of points.
    public func isTopologicallyEqual(to other: Geometry) throws(GeometryError) -> Bool {
        try context.predicate("equals", GEOSEquals_r(context.handle, pointer, other.pointer))
    }
}
