import CGEOS

extension Geometry {
    /// A simpler geometry for drawing: vertices closer than `tolerance` (in the geometry's own
    /// units, degrees for ours) to the simplified line are dropped, keeping the topology (no ring
    /// crosses itself or another; GEOS's TopologyPreservingSimplifier).
    public func simplified(tolerance: Double) throws(GeometryError) -> Geometry {
        try context.adopt(GEOSTopologyPreserveSimplify_r(context.handle, pointer, tolerance), "simplify")
    }
}
