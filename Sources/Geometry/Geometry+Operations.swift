import CGEOS

extension Geometry {
    /// The boundary: a polygon's rings as lines, a line's end points.
    public func boundary() throws(GeometryError) -> Geometry {
        try context.adopt(GEOSBoundary_r(context.handle, pointer), "boundary")
    }

    /// The centre of mass, computed in degrees as if the plane were flat (fine for regions of
    /// a few hundred kilometres; use it as a label point, not a survey point).
    public func centroid() throws(GeometryError) -> Geometry {
        try context.adopt(GEOSGetCentroid_r(context.handle, pointer), "centroid")
    }

    /// A point guaranteed to lie on the geometry (inside a polygon, even a crescent-shaped one).
    public func pointOnSurface() throws(GeometryError) -> Geometry {
        try context.adopt(GEOSPointOnSurface_r(context.handle, pointer), "pointOnSurface")
    }

    /// The bounding rectangle.
    public func envelope() throws(GeometryError) -> Geometry {
        try context.adopt(GEOSEnvelope_r(context.handle, pointer), "envelope")
    }

    /// The bounding box in the geometry's own units (longitude and latitude for ours).
    public func bounds() throws(GeometryError) -> (west: Double, south: Double, east: Double, north: Double) {
        var west = 0.0, south = 0.0, east = 0.0, north = 0.0
        guard GEOSGeom_getXMin_r(context.handle, pointer, &west) == 1, GEOSGeom_getYMin_r(context.handle, pointer, &south) == 1,
              GEOSGeom_getXMax_r(context.handle, pointer, &east) == 1, GEOSGeom_getYMax_r(context.handle, pointer, &north) == 1 else {
            throw context.error("bounds")
        }
        return (west, south, east, north)
    }

    /// The part of the geometry inside a rectangle, cut with GEOS's fast rectangle clipping
    /// (no full overlay): a cheap first cut before exact operations on large shapes.
    public func clipped(west: Double, south: Double, east: Double, north: Double) throws(GeometryError) -> Geometry {
        try context.adopt(GEOSClipByRect_r(context.handle, pointer, west, south, east, north), "clipByRect")
    }

    /// A valid version of an invalid geometry (self-intersections split, rings repaired),
    /// keeping every point of the input. A valid geometry comes back unchanged.
    public func makeValid() throws(GeometryError) -> Geometry {
        try context.adopt(GEOSMakeValid_r(context.handle, pointer), "makeValid")
    }

    /// The area in the geometry's own units: **square degrees** for lon/lat data, which is only
    /// good for comparing shapes near each other. For square metres, project first.
    public func area() throws(GeometryError) -> Double {
        var area = 0.0
        guard GEOSArea_r(context.handle, pointer, &area) == 1 else { throw context.error("area") }
        return area
    }

    /// The length in the geometry's own units (degrees for lon/lat data).
    public func length() throws(GeometryError) -> Double {
        var length = 0.0
        guard GEOSLength_r(context.handle, pointer, &length) == 1 else { throw context.error("length") }
        return length
    }

    /// The planar distance in the geometry's own units; for metres see
    /// ``distanceInMetres(from:geodesic:)``.
    public func planarDistance(to other: Geometry) throws(GeometryError) -> Double {
        var distance = 0.0
        guard GEOSDistance_r(context.handle, pointer, other.pointer, &distance) == 1 else {
            throw context.error("distance")
        }
        return distance
    }

    /// The part shared by both geometries.
    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try context.adopt(GEOSIntersection_r(context.handle, pointer, other.pointer), "intersection")
    }

    /// Both geometries merged.
    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try context.adopt(GEOSUnion_r(context.handle, pointer, other.pointer), "union")
    }

    /// The planar buffer in the geometry's own units; for metres see ``buffer(metres:)``.
    public func planarBuffer(_ width: Double, quadrantSegments: Int = 8) throws(GeometryError) -> Geometry {
        try context.adopt(GEOSBuffer_r(context.handle, pointer, width, Int32(quadrantSegments)), "buffer")
    }

    /// The `index`-th part of a multi-geometry or collection, as a copy this caller owns.
    public func part(at index: Int) throws(GeometryError) -> Geometry {
        guard index >= 0, index < partCount,
              let borrowed = GEOSGetGeometryN_r(context.handle, pointer, Int32(index)) else {
            throw context.error("getGeometryN(\(index))")
        }
        return try context.adopt(GEOSGeom_clone_r(context.handle, borrowed), "clone")
    }
}

extension Geometry {
    /// The nearest pair of points, the first on this geometry and the second on `other`, as
    /// planar (x, y).
    func nearestPoints(to other: Geometry) throws(GeometryError) -> ((x: Double, y: Double), (x: Double, y: Double)) {
        guard let sequence = GEOSNearestPoints_r(context.handle, pointer, other.pointer) else {
            throw context.error("nearestPoints")
        }
        defer { GEOSCoordSeq_destroy_r(context.handle, sequence) }
        var x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0
        guard GEOSCoordSeq_getXY_r(context.handle, sequence, 0, &x0, &y0) == 1,
              GEOSCoordSeq_getXY_r(context.handle, sequence, 1, &x1, &y1) == 1 else {
            throw context.error("nearestPoints")
        }
        return ((x0, y0), (x1, y1))
    }
}
