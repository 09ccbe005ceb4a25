import CGEOS

/// A read-mostly spatial index over many geometries (GEOS's Sort-Tile-Recursive R-tree).
///
/// Insert every geometry, then query; GEOS builds the tree on the first query and accepts no
/// inserts after that. Each entry carries an integer of the caller's choice (say, a row id).
///
/// ```swift
/// let tree = try STRtree()
/// for (id, region) in regions { try tree.insert(region, id: id) }
/// let candidates = try tree.query(intersecting: point)   // ids whose envelopes hold the point
/// ```
///
/// Same threading rule as ``GEOSContext``.
public final class STRtree {
    let context: GEOSContext
    let pointer: OpaquePointer
    private var geometries: [Geometry] = []
    private var ids: [Int] = []
    private var isBuilt = false

    /// Creates an empty index.
    ///
    /// - Parameter nodeCapacity: Entries per tree node (GEOS's default is 10).
    public init(nodeCapacity: Int = 10, context: GEOSContext? = nil) throws(GeometryError) {
        let context = try GEOSContext.given(context)
        guard let pointer = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.error("STRtree_create")
        }
        self.context = context
        self.pointer = pointer
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, pointer)
    }

    /// The number of entries.
    public var count: Int { geometries.count }

    /// Adds `geometry` with `id`. The index keeps the geometry alive.
    ///
    /// - Throws: A GEOS error if the tree was already queried (it is then read-only).
    public func insert(_ geometry: Geometry, id: Int) throws(GeometryError) {
        guard !isBuilt else {
            throw .geos(operation: "STRtree_insert", message: "the index was queried already and takes no more entries")
        }
        // The item pointer is the entry's position plus one (GEOS treats a null item as absent).
        let item = UnsafeMutableRawPointer(bitPattern: geometries.count + 1)
        geometries.append(geometry)
        ids.append(id)
        GEOSSTRtree_insert_r(context.handle, pointer, geometry.pointer, item)
    }

    /// The ids of the entries whose bounding boxes intersect `geometry`'s bounding box, in no
    /// particular order. Test the candidates with an exact predicate afterwards.
    public func query(intersecting geometry: Geometry) throws(GeometryError) -> [Int] {
        final class Hits { var positions: [Int] = [] }
        let hits = Hits()
        isBuilt = true
        GEOSSTRtree_query_r(context.handle, pointer, geometry.pointer, { item, userData in
            guard let userData else { return }
            let hits = Unmanaged<Hits>.fromOpaque(userData).takeUnretainedValue()
            hits.positions.append(Int(bitPattern: item) - 1)
        }, Unmanaged.passUnretained(hits).toOpaque())
        return hits.positions.map { ids[$0] }
    }

    /// The geometry stored for the entry at `position` in insertion order.
    public func geometry(atPosition position: Int) -> Geometry { geometries[position] }
}
